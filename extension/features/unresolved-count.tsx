import { type DemoAdminLocation, reviewListAnchor } from '../adapters/demo.ts';
import { loadI18n, readerLocale, reviewInsights } from '../content/ports.ts';
import { overdueCount } from '../reviews/insights.ts';
import { mountInShadow } from './mount.tsx';
import type { Feature } from './registry.ts';
import '../reviews/rows.css';

/** Above the review list: how many negatives still need a reply and how many are past the deadline. */
export const unresolvedCount: Feature<DemoAdminLocation> = {
  id: 'unresolved-count',
  pages: ['reviews'],
  async init({ ctx, page, document, signal }) {
    const anchor = reviewListAnchor(document);
    if (!anchor) return;
    const [locale, result] = await Promise.all([
      readerLocale(),
      reviewInsights({ marketplace: page.marketplace, seller: page.seller }),
    ]);
    if (!result.ok || signal.aborted) return;
    const { t } = await loadI18n(locale);
    const total = result.unresolved.length;
    const overdue = overdueCount(result.unresolved, new Date());
    await mountInShadow(ctx, signal, {
      name: 'sellerlens-unresolved-count',
      anchor,
      append: 'before',
      view: () => (
        <p class="sl-list-note" lang={locale} data-testid="sl-list-unresolved" data-count={String(total)}>
          <span class={`sl-chip ${total > 0 ? 'sl-chip--due' : 'sl-chip--done'}`}>
            {total > 0 ? t('rows.listUnresolved', { count: total }) : t('summary.allAnswered')}
          </span>
          {overdue > 0 && (
            <span class="sl-chip sl-chip--late" data-testid="sl-overdue-count" data-count={String(overdue)}>
              {t('rows.listOverdue', { count: overdue })}
            </span>
          )}
          {result.stale && <span class="sl-chip sl-chip--quiet">{t('rows.stale')}</span>}
        </p>
      ),
    });
  },
};
