import type { TFunction } from 'i18next';
import { bannerAnchor, type DemoAdminLocation } from '../adapters/demo.ts';
import { loadI18n, readerLocale, reviewInsights, sellerOverview } from '../content/ports.ts';
import { overdueCount } from '../reviews/insights.ts';
import { mountInShadow } from './mount.tsx';
import type { Feature } from './registry.ts';
import '../reviews/rows.css';

/** What the banner warns about; null when there is nothing to warn about. */
interface Alert {
  overdue: number;
  status: 'at_risk' | 'excluded' | null;
  stale: boolean;
}

/** A banner above the page heading for negatives past their deadline and for at-risk or excluded status. */
export const alertBanner: Feature<DemoAdminLocation> = {
  id: 'alert-banner',
  pages: ['home', 'reviews', 'orders'],
  async init({ ctx, page, document, signal }) {
    const anchor = bannerAnchor(document);
    if (!anchor) return;
    const ref = { marketplace: page.marketplace, seller: page.seller };
    const [locale, insights, overview] = await Promise.all([readerLocale(), reviewInsights(ref), sellerOverview(ref)]);
    if (signal.aborted) return;
    const status = overview.ok ? overview.quality?.status : undefined;
    const alert: Alert = {
      overdue: insights.ok ? overdueCount(insights.unresolved, new Date()) : 0,
      status: status === 'at_risk' || status === 'excluded' ? status : null,
      stale: (insights.ok && insights.stale) || (overview.ok && overview.stale),
    };
    if (alert.overdue === 0 && alert.status === null) return;
    const { t } = await loadI18n(locale);
    await mountInShadow(ctx, signal, {
      name: 'sellerlens-alert-banner',
      anchor,
      append: 'before',
      view: () => <Banner alert={alert} locale={locale} t={t} />,
    });
  },
};

function Banner({ alert, locale, t }: { alert: Alert; locale: string; t: TFunction }) {
  return (
    <section
      class={`sl-banner${alert.stale ? ' sl-banner--stale' : ''}`}
      lang={locale}
      role="alert"
      aria-label={t('banner.region')}
      data-testid="sl-banner"
      data-status={alert.status ?? 'none'}
      data-overdue={String(alert.overdue)}
    >
      {alert.status && <p data-testid="sl-banner-status">{t(`banner.${alert.status}`)}</p>}
      {alert.overdue > 0 && <p data-testid="sl-banner-overdue">{t('banner.overdue', { count: alert.overdue })}</p>}
      {alert.stale && <p class="sl-banner-stale">{t('banner.stale')}</p>}
    </section>
  );
}
