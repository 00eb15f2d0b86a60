import { cancelReasons } from '../../../../shared/events.ts';
import { type OrderFilter, type OrderItem, orderFilters, type Shop } from '../../../db/demo-admin.ts';
import { href, shopPath, type View } from '../view.ts';
import { Layout } from './layout.tsx';
import { Pager } from './pager.tsx';

export type OrderStatus = 'delivered' | 'shipped' | 'lost' | 'late' | 'awaiting' | 'cancelled';

/** Late: not shipped (nor cancelled) although the promised dispatch date has passed. */
export function orderStatus(order: OrderItem, now: Date): OrderStatus {
  if (order.cancelledAt) return 'cancelled';
  if (order.deliveredAt) return 'delivered';
  if (order.shippedAt) return order.lost ? 'lost' : 'shipped';
  if (order.promisedShipBy && order.promisedShipBy.getTime() < now.getTime()) return 'late';
  return 'awaiting';
}

function StatusCell({ view, order, now, brief }: { view: View; order: OrderItem; now: Date; brief?: boolean }) {
  const { t } = view;
  const status = orderStatus(order, now);
  let note: string | null = null;
  if (status === 'cancelled') {
    const by =
      order.cancelledBy === 'seller' || order.cancelledBy === 'buyer'
        ? t(`orders.cancelledBy.${order.cancelledBy}`)
        : null;
    const reason = cancelReasons.find((r) => r === order.cancelReason);
    note = [by, reason ? t(`orders.reason.${reason}`) : null].filter(Boolean).join(': ') || null;
  } else if ((status === 'late' || status === 'awaiting') && order.promisedShipBy) {
    note = t('orders.shipBy', { date: view.dateTime(order.promisedShipBy) });
  } else if (order.shippedAt && order.promisedShipBy && order.shippedAt > order.promisedShipBy) {
    note = t('orders.shippedLate');
  }
  return (
    <td data-status={status}>
      <span class={`adm-status adm-status--${status}`}>{t(`orders.status.${status}`)}</span>
      {note && !brief && <span class="adm-status-note">{note}</span>}
    </td>
  );
}

export function OrderLines({ view, order }: { view: View; order: OrderItem }) {
  return (
    <ul class="adm-lines">
      {order.lines.map((line, i) => (
        <li key={i}>{view.t('orders.item', { model: line.model ?? line.sku, qty: view.integer(line.qty) })}</li>
      ))}
    </ul>
  );
}

/** The orders table; `compact` (dashboard) folds the date under the id and leaves out notes and tracking. */
export function OrdersTable(props: {
  view: View;
  orders: OrderItem[];
  now: Date;
  className: string;
  compact?: boolean;
}) {
  const { view, orders, now, className, compact } = props;
  const { t } = view;
  return (
    <div class="adm-table-wrap">
      <table class={`adm-table ${className}`}>
        <thead>
          <tr>
            <th scope="col">{t('orders.col.id')}</th>
            {!compact && <th scope="col">{t('orders.col.placed')}</th>}
            {!compact && <th scope="col">{t('orders.col.items')}</th>}
            <th scope="col" class="num">
              {t('orders.col.total')}
            </th>
            <th scope="col">{t('orders.col.status')}</th>
            {!compact && <th scope="col">{t('orders.col.tracking')}</th>}
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id} data-order-id={order.id} data-promised-ship-by={order.promisedShipBy?.toISOString()}>
              <td>
                <span class="adm-order-id">{order.id}</span>
                {compact ? (
                  <>
                    <time class="adm-status-note" datetime={order.placedAt.toISOString()}>
                      {view.date(order.placedAt)}
                    </time>
                    <OrderLines view={view} order={order} />
                  </>
                ) : null}
              </td>
              {!compact && (
                <td class="adm-nowrap">
                  <time datetime={order.placedAt.toISOString()}>{view.dateTime(order.placedAt)}</time>
                </td>
              )}
              {!compact && (
                <td>
                  <OrderLines view={view} order={order} />
                </td>
              )}
              <td class="num">{view.money(order.total, order.currency)}</td>
              <StatusCell view={view} order={order} now={now} brief={compact} />
              {!compact && (
                <td
                  class={order.tracking ? 'adm-nowrap adm-track--yes' : 'adm-nowrap adm-track--no'}
                  data-tracking={String(order.tracking)}
                >
                  {order.tracking ? `✓ ${t('orders.tracked')}` : `— ${t('orders.untracked')}`}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface OrdersPageProps {
  view: View;
  shop: Shop;
  filter: OrderFilter;
  total: number;
  page: number;
  pages: number;
  orders: OrderItem[];
  now: Date;
}

export function OrdersPage({ view, shop, filter, total, page, pages, orders, now }: OrdersPageProps) {
  const { t } = view;
  const base = shopPath(shop.marketplace, shop.seller, 'orders');
  const link = (p: number, f: OrderFilter = filter) =>
    href(base, { status: f === 'all' ? null : f, page: p > 1 ? p : null });
  return (
    <Layout view={view} title={t('orders.title')} shop={shop} active="orders">
      <div class="adm-page-head">
        <h2>{t('orders.title')}</h2>
        <span class="adm-muted">{t('orders.count', { count: total })}</span>
      </div>
      <nav class="adm-tabs" aria-label={t('orders.filter.label')}>
        {orderFilters.map((f) => (
          <a key={f} href={link(1, f)} aria-current={f === filter ? 'page' : undefined} data-filter={f}>
            {t(`orders.filter.${f}`)}
          </a>
        ))}
      </nav>
      {orders.length === 0 ? (
        <p class="adm-card adm-empty">{t('orders.empty')}</p>
      ) : (
        <OrdersTable view={view} orders={orders} now={now} className="adm-orders" />
      )}
      <Pager view={view} page={page} pages={pages} link={(p) => link(p)} />
    </Layout>
  );
}
