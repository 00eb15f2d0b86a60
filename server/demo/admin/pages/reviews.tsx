import {
  type ReviewCounts,
  type ReviewFilter,
  type ReviewItem,
  reviewFilters,
  type Shop,
} from '../../../db/demo-admin.ts';
import { href, shopPath, type View } from '../view.ts';
import { Layout } from './layout.tsx';
import { Pager } from './pager.tsx';
import { type ReplyError, ReviewCard, reviewAnchor } from './review-card.tsx';

export interface ReviewsPageProps {
  view: View;
  shop: Shop;
  counts: ReviewCounts;
  filter: ReviewFilter;
  page: number;
  pages: number;
  reviews: ReviewItem[];
  /** The review just answered (flash message), if any. */
  replied: string | null;
  error: ReplyError | null;
}

export function ReviewsPage(props: ReviewsPageProps) {
  const { view, shop, counts, filter, page, pages, reviews, replied, error } = props;
  const { t } = view;
  const base = shopPath(shop.marketplace, shop.seller, 'reviews');
  const link = (p: number, f: ReviewFilter = filter) =>
    href(base, { filter: f === 'all' ? null : f, page: p > 1 ? p : null });
  const repliedShown = replied !== null && reviews.some((r) => r.id === replied);
  return (
    <Layout view={view} title={t('reviews.title')} shop={shop} active="reviews">
      <div class="adm-page-head">
        <h2>{t('reviews.title')}</h2>
        <span class="adm-muted">{t('reviews.count', { count: counts[filter] })}</span>
      </div>
      {replied !== null && (
        <p class="adm-flash" role="status">
          ✓ {t('reviews.reply.done')}{' '}
          {repliedShown && <a href={`#${encodeURIComponent(reviewAnchor(replied))}`}>{t('reviews.reply.show')}</a>}
        </p>
      )}
      {error && (
        <p class="adm-flash adm-flash--error" role="alert" data-field={error.field}>
          {error.message} <a href={`#${encodeURIComponent(reviewAnchor(error.reviewId))}`}>{t('reviews.reply.show')}</a>
        </p>
      )}
      <nav class="adm-tabs" aria-label={t('reviews.filter.label')}>
        {reviewFilters.map((f) => (
          <a key={f} href={link(1, f)} aria-current={f === filter ? 'page' : undefined} data-filter={f}>
            {t(`reviews.filter.${f}`)}
            <span>{view.integer(counts[f])}</span>
          </a>
        ))}
      </nav>
      <section class="adm-reviews">
        {reviews.length === 0 ? (
          <p class="adm-card adm-empty">{t('reviews.empty')}</p>
        ) : (
          reviews.map((review) => (
            <ReviewCard
              key={review.id}
              view={view}
              shop={shop}
              review={review}
              page={page}
              filter={filter}
              focus={review.id === replied}
              error={error?.reviewId === review.id ? error : null}
            />
          ))
        )}
      </section>
      <Pager view={view} page={page} pages={pages} link={(p) => link(p)} />
    </Layout>
  );
}
