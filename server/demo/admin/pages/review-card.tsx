import type { ReviewFilter, ReviewItem, Shop } from '../../../db/demo-admin.ts';
import { shopPath, type View } from '../view.ts';

/** A reply that could not be stored, shown again at its form with the visitor's text. */
export interface ReplyError {
  reviewId: string;
  field: string;
  message: string;
  value: string;
}

export function Stars({ view, rating }: { view: View; rating: number }) {
  const label = view.t('reviews.stars', { rating: view.integer(rating) });
  return (
    <span class="adm-review-stars" role="img" aria-label={label} title={label}>
      {'★'.repeat(rating)}
      <span class="adm-star-off">{'★'.repeat(Math.max(0, 5 - rating))}</span>
    </span>
  );
}

export const reviewAnchor = (id: string) => `review-${id}`;

interface ReviewCardProps {
  view: View;
  shop: Shop;
  review: ReviewItem;
  page: number;
  filter: ReviewFilter;
  focus: boolean;
  error: ReplyError | null;
}

/** One review as the marketplace shows it to the seller: rating, buyer, text, replies and the reply box. */
export function ReviewCard({ view, shop, review, page, filter, focus, error }: ReviewCardProps) {
  const { t } = view;
  const classes = ['adm-review'];
  if (review.rating <= 2 && !review.removed) classes.push('adm-review--negative');
  if (review.removed) classes.push('adm-review--removed');
  if (focus || error) classes.push('adm-review--focus');
  const formId = `reply-${review.id}`;
  return (
    <article
      class={classes.join(' ')}
      id={reviewAnchor(review.id)}
      data-review-id={review.id}
      data-rating={String(review.rating)}
      data-removed={review.removed ? 'true' : undefined}
    >
      <div class="adm-review-head">
        <Stars view={view} rating={review.rating} />
        <div class="adm-review-meta">
          <span class="adm-review-author">{review.author ?? t('reviews.anonymous')}</span>
          {review.verified && <span class="adm-badge adm-badge--ok">✓ {t('reviews.verified')}</span>}
          <time datetime={review.createdAt.toISOString()}>{view.date(review.createdAt)}</time>
          {review.lang && (
            <span class="adm-badge adm-badge--lang" data-lang={review.lang} title={review.lang}>
              {view.languageName(review.lang)}
            </span>
          )}
          {review.orderId && <span class="adm-review-order">{t('reviews.order', { id: review.orderId })}</span>}
          {review.edited && <span class="adm-badge">{t('reviews.edited')}</span>}
        </div>
      </div>
      {review.removed && <p class="adm-removed-note">{t('reviews.removed')}</p>}
      {review.text ? (
        <p class="adm-review-text" lang={review.lang ?? undefined}>
          {review.text}
        </p>
      ) : (
        <p class="adm-review-text adm-review-empty">{t('reviews.noText')}</p>
      )}
      {review.replies.length > 0 && (
        <div class="adm-review-replies">
          {review.replies.map((reply) => (
            <div class="adm-review-reply" key={reply.id} data-reply-id={reply.id}>
              <div class="adm-review-reply-head">
                <strong>{t('reviews.reply.heading')}</strong> · {shop.name} ·{' '}
                <time datetime={reply.createdAt.toISOString()}>{view.dateTime(reply.createdAt)}</time>
              </div>
              <p>{reply.text}</p>
            </div>
          ))}
        </div>
      )}
      {!review.removed && (
        <form
          class="adm-reply"
          method="post"
          action={`${shopPath(shop.marketplace, shop.seller, 'reviews')}/${encodeURIComponent(review.id)}/reply`}
        >
          <input type="hidden" name="page" value={String(page)} />
          <input type="hidden" name="filter" value={filter} />
          <label class="adm-sr" for={formId}>
            {t('reviews.reply.label')}
          </label>
          <div class="adm-reply-row">
            <textarea
              id={formId}
              name="text"
              rows={1}
              maxlength={2000}
              required
              placeholder={t('reviews.reply.placeholder')}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${formId}-error ${formId}-hint` : `${formId}-hint`}
              value={error?.value ?? ''}
            />
            <button type="submit">{t('reviews.reply.submit')}</button>
          </div>
          {error && (
            <p class="adm-field-error" id={`${formId}-error`} role="alert" data-field={error.field}>
              {error.message}
            </p>
          )}
          <p class="adm-reply-hint" id={`${formId}-hint`}>
            {t('reviews.reply.hint')}
          </p>
        </form>
      )}
    </article>
  );
}
