import type { OrderItem, ReviewItem, Shop, ShopKpis } from '../../../db/demo-admin.ts';
import { href, shopPath, type View } from '../view.ts';
import { Layout } from './layout.tsx';
import { OrdersTable } from './orders.tsx';
import { reviewAnchor, Stars } from './review-card.tsx';

export interface HomePageProps {
  view: View;
  shop: Shop;
  kpis: ShopKpis;
  reviews: ReviewItem[];
  orders: OrderItem[];
  now: Date;
}

function Kpi({ label, value, alert, link }: { label: string; value: string; alert?: boolean; link?: string }) {
  return (
    <div class={alert ? 'adm-card adm-kpi adm-kpi--alert' : 'adm-card adm-kpi'}>
      <div class="adm-kpi-label">{label}</div>
      <div class="adm-kpi-value">{link ? <a href={link}>{value}</a> : value}</div>
    </div>
  );
}

export function HomePage({ view, shop, kpis, reviews, orders, now }: HomePageProps) {
  const { t } = view;
  const reviewsPath = shopPath(shop.marketplace, shop.seller, 'reviews');
  return (
    <Layout view={view} title={t('home.title')} shop={shop} active="home">
      <div class="adm-page-head">
        <h2>{t('home.title')}</h2>
        <span class="adm-muted">{t('home.welcome')}</span>
      </div>
      <section class="adm-kpis">
        <Kpi label={t('home.orders30')} value={view.integer(kpis.ordersSince)} />
        <Kpi
          label={t('home.rating')}
          value={kpis.averageRating === null ? t('home.noRating') : `${view.decimal(kpis.averageRating)} ★`}
        />
        <Kpi label={t('home.reviews')} value={view.integer(kpis.reviews)} />
        <Kpi
          label={t('home.awaiting')}
          value={view.integer(shop.awaitingReply)}
          alert={shop.awaitingReply > 0}
          link={shop.awaitingReply > 0 ? href(reviewsPath, { filter: 'negative' }) : undefined}
        />
      </section>
      <div class="adm-grid2">
        <section class="adm-card">
          <h3>
            {t('home.latestReviews')} <a href={reviewsPath}>{t('home.allReviews')} →</a>
          </h3>
          {reviews.length === 0 ? (
            <p class="adm-empty">{t('reviews.empty')}</p>
          ) : (
            <ul class="adm-mini">
              {reviews.map((review) => (
                <li key={review.id} data-review-id={review.id}>
                  <div class="adm-review-meta">
                    <Stars view={view} rating={review.rating} />
                    <span class="adm-review-author">{review.author ?? t('reviews.anonymous')}</span>
                    <time datetime={review.createdAt.toISOString()}>{view.date(review.createdAt)}</time>
                    {review.removed && <span class="adm-badge">{t('reviews.removed')}</span>}
                    {review.unresolved && (
                      <a href={`${reviewsPath}#${encodeURIComponent(reviewAnchor(review.id))}`}>
                        {t('home.answerNow')}
                      </a>
                    )}
                  </div>
                  {review.text ? (
                    <p lang={review.lang ?? undefined}>{review.text}</p>
                  ) : (
                    <p class="adm-review-empty">{t('reviews.noText')}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="adm-card">
          <h3>
            {t('home.latestOrders')}{' '}
            <a href={shopPath(shop.marketplace, shop.seller, 'orders')}>{t('home.allOrders')} →</a>
          </h3>
          {orders.length === 0 ? (
            <p class="adm-empty">{t('orders.empty')}</p>
          ) : (
            <OrdersTable view={view} orders={orders} now={now} className="adm-latest-orders" compact />
          )}
        </section>
      </div>
    </Layout>
  );
}
