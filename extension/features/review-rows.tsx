import { type DemoAdminLocation, reviewRows } from '../adapters/demo.ts';
import { loadI18n, readerLocale, reviewInsights } from '../content/ports.ts';
import { rowInsights } from '../reviews/insights.ts';
import { RowBadges } from '../reviews/row-badges.tsx';
import { mountInShadow } from './mount.tsx';
import type { Feature } from './registry.ts';
import '../reviews/rows.css';

/**
 * On every review row: the 14-day countdown while unresolved, the commented/resolved mark, reason chips,
 * language and age. Mounted once the data is there, so each row changes once and never shows a skeleton.
 */
export const reviewRowMarks: Feature<DemoAdminLocation> = {
  id: 'review-rows',
  pages: ['reviews'],
  async init({ ctx, page, document, signal }) {
    const rows = reviewRows(document);
    if (rows.length === 0) return;
    const [locale, result] = await Promise.all([
      readerLocale(),
      reviewInsights({ marketplace: page.marketplace, seller: page.seller }),
    ]);
    // Without data the rows stay as they are; the summary card explains why.
    if (!result.ok || signal.aborted) return;
    const { t } = await loadI18n(locale);
    const insights = rowInsights(rows, result, new Date());
    await Promise.all(
      rows.map((row, i) => {
        const insight = insights[i];
        if (!row.overlayAnchor || !insight || signal.aborted) return undefined;
        return mountInShadow(ctx, signal, {
          name: 'sellerlens-review-row',
          anchor: row.overlayAnchor,
          append: 'last',
          view: () => <RowBadges insight={insight} locale={locale} t={t} stale={result.stale} />,
        });
      }),
    );
  },
};
