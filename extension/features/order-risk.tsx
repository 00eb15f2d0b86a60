import { type DemoAdminLocation, orderRows } from '../adapters/demo.ts';
import { loadI18n, readerLocale } from '../content/ports.ts';
import { dispatchRisk } from '../orders/dispatch.ts';
import { mountInShadow } from './mount.tsx';
import type { Feature } from './registry.ts';
import '../reviews/rows.css';

/** On order rows still waiting to ship: "dispatch overdue" or "dispatch due today", from the page's promised date. */
export const orderRisk: Feature<DemoAdminLocation> = {
  id: 'order-risk',
  pages: ['orders'],
  async init({ ctx, document, signal }) {
    const now = new Date();
    const risky = orderRows(document)
      .map((row) => ({ row, risk: dispatchRisk(row.promisedShipBy, row.status, now) }))
      .filter((entry) => entry.risk !== null && entry.row.overlayAnchor !== null);
    if (risky.length === 0) return;
    const locale = await readerLocale();
    const { t } = await loadI18n(locale);
    if (signal.aborted) return;
    await Promise.all(
      risky.map(({ row, risk }) => {
        if (!row.overlayAnchor) return undefined;
        return mountInShadow(ctx, signal, {
          name: 'sellerlens-order-risk',
          anchor: row.overlayAnchor,
          append: 'last',
          view: () => (
            <span
              class="sl-order"
              lang={locale}
              data-testid="sl-order-risk"
              data-order-id={row.id}
              data-risk={risk ?? ''}
            >
              <span class={`sl-chip ${risk === 'late' ? 'sl-chip--late' : 'sl-chip--due'}`} title={t('orders.region')}>
                {risk === 'late' ? t('orders.late') : t('orders.dueToday')}
              </span>
            </span>
          ),
        });
      }),
    );
  },
};
