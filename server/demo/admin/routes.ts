import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { h, type VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { z } from 'zod';
import type { UiLocale } from '../../../shared/roles.ts';
import type { Db } from '../../db/client.ts';
import {
  countOrders,
  findReview,
  findShop,
  listOrders,
  listReviews,
  listShops,
  orderFilters,
  type ReviewFilter,
  reviewCounts,
  reviewFilters,
  reviewPosition,
  type Shop,
  shopKpis,
} from '../../db/demo-admin.ts';
import type { Ingest } from '../../ingest/ingest.ts';
import { postReviewReply } from '../../services/review-replies.ts';
import { HomePage } from './pages/home.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { OrdersPage } from './pages/orders.tsx';
import { type ReplyError, reviewAnchor } from './pages/review-card.tsx';
import { ReviewsPage } from './pages/reviews.tsx';
import { ShopsPage } from './pages/shops.tsx';
import { createView, DEFAULT_LOCALE, href, isUiLocale, localeFromAcceptLanguage, shopPath, type View } from './view.ts';

const REVIEWS_PER_PAGE = 20;
const ORDERS_PER_PAGE = 25;
const REPLY_MAX = 2000;
const DAY_MS = 86_400_000;

const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);
const reviewFilterParam = z.enum(reviewFilters).catch('all');
const orderFilterParam = z.enum(orderFilters).catch('all');
const replyForm = z.object({ text: z.string().trim().min(1).max(REPLY_MAX) });

/** `?lang=xx` (remembered in a cookie), then the cookie, then Accept-Language, then Ukrainian. */
function localeOf(c: Context): UiLocale {
  const asked = c.req.query('lang');
  if (isUiLocale(asked)) {
    setCookie(c, 'lang', asked, { path: '/demo/admin', maxAge: 365 * 86_400, sameSite: 'Lax', httpOnly: true });
    return asked;
  }
  const remembered = getCookie(c, 'lang');
  if (isUiLocale(remembered)) return remembered;
  return localeFromAcceptLanguage(c.req.header('accept-language')) ?? DEFAULT_LOCALE;
}

function viewOf(c: Context, here?: string): View {
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  url.searchParams.delete('replied');
  return createView(localeOf(c), here ?? `${url.pathname}${url.search}`);
}

function page<P>(c: Context, view: View, vnode: VNode<P>, status: ContentfulStatusCode = 200) {
  c.header('Content-Language', view.locale);
  c.header('Vary', 'Accept-Language, Cookie');
  return c.html(`<!doctype html>${render(vnode)}`, status);
}

const notFound = (c: Context, view = viewOf(c)) => page(c, view, h(NotFoundPage, { view }), 404);
const pagesFor = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));

interface ReviewsState {
  filter: ReviewFilter;
  page: number;
  replied: string | null;
  error: ReplyError | null;
}

async function reviewsPage(
  db: Db,
  c: Context,
  view: View,
  shop: Shop,
  state: ReviewsState,
  status: ContentfulStatusCode,
) {
  const counts = await reviewCounts(db, shop);
  const pages = pagesFor(counts[state.filter], REVIEWS_PER_PAGE);
  const current = Math.min(state.page, pages);
  const reviews = await listReviews(db, {
    ...shop,
    filter: state.filter,
    limit: REVIEWS_PER_PAGE,
    offset: (current - 1) * REVIEWS_PER_PAGE,
    now: new Date(),
  });
  const props = {
    view,
    shop,
    counts,
    filter: state.filter,
    page: current,
    pages,
    reviews,
    replied: state.replied,
    error: state.error,
  };
  return page(c, view, h(ReviewsPage, props), status);
}

/** The list (the visitor's filter if it still shows the review, else all) and page on which a review is. */
async function placeOfReview(db: Db, shop: Shop, reviewId: string, filter: ReviewFilter) {
  for (const f of filter === 'all' ? (['all'] as const) : [filter, 'all' as const]) {
    const position = await reviewPosition(db, { ...shop, reviewId, filter: f });
    if (position !== null) return { filter: f, page: Math.floor(position / REVIEWS_PER_PAGE) + 1 };
  }
  return { filter: 'all' as const, page: 1 };
}

/** Which message a failed reply gets, by the zod issue code of its `text` field. */
function errorKind(code: string | undefined): 'required' | 'tooLong' | 'invalid' {
  if (code === 'too_big') return 'tooLong';
  if (code === 'too_small' || code === 'invalid_type') return 'required';
  return 'invalid';
}

/** The demo marketplace's seller admin; its forms write through the ingest path like any other source. */
export function demoAdminRoutes(ingest: Ingest): Hono {
  const { db } = ingest;
  const app = new Hono();

  app.get('/', async (c) => {
    const view = viewOf(c);
    return page(c, view, h(ShopsPage, { view, shops: await listShops(db) }));
  });

  app.get('/:marketplace/:seller', (c) =>
    c.redirect(shopPath(c.req.param('marketplace'), c.req.param('seller'), 'home')),
  );

  app.get('/:marketplace/:seller/home', async (c) => {
    const view = viewOf(c);
    const shop = await findShop(
      db,
      { marketplace: c.req.param('marketplace'), seller: c.req.param('seller') },
      new Date(),
    );
    if (!shop) return notFound(c, view);
    const now = new Date();
    const [kpis, reviews, orders] = await Promise.all([
      shopKpis(db, { ...shop, since: new Date(now.getTime() - 30 * DAY_MS) }),
      listReviews(db, { ...shop, filter: 'all', limit: 5, offset: 0, now }),
      listOrders(db, { ...shop, filter: 'all', limit: 5, offset: 0 }),
    ]);
    return page(c, view, h(HomePage, { view, shop, kpis, reviews, orders, now }));
  });

  app.get('/:marketplace/:seller/reviews', async (c) => {
    const view = viewOf(c);
    const shop = await findShop(
      db,
      { marketplace: c.req.param('marketplace'), seller: c.req.param('seller') },
      new Date(),
    );
    if (!shop) return notFound(c, view);
    const state: ReviewsState = {
      filter: reviewFilterParam.parse(c.req.query('filter')),
      page: pageParam.parse(c.req.query('page')),
      replied: c.req.query('replied') || null,
      error: null,
    };
    return reviewsPage(db, c, view, shop, state, 200);
  });

  app.post('/:marketplace/:seller/reviews/:reviewId/reply', async (c) => {
    const shop = await findShop(
      db,
      { marketplace: c.req.param('marketplace'), seller: c.req.param('seller') },
      new Date(),
    );
    const reviewId = c.req.param('reviewId');
    const review = shop ? await findReview(db, { ...shop, reviewId }) : null;
    if (!shop || !review) return notFound(c);
    const body = await c.req.parseBody();
    const asked = reviewFilterParam.parse(body.filter);
    const reviewsPath = shopPath(shop.marketplace, shop.seller, 'reviews');
    const parsed = replyForm.safeParse(body);
    if (review.removed || !parsed.success) {
      const place = await placeOfReview(db, shop, reviewId, asked);
      const view = viewOf(
        c,
        href(reviewsPath, { filter: place.filter === 'all' ? null : place.filter, page: place.page }),
      );
      const { t } = view;
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      const field = typeof issue?.path[0] === 'string' ? issue.path[0] : 'text';
      const kind = review.removed ? 'removed' : errorKind(issue?.code);
      const message = t(`errors.${kind}`, { field: t('errors.field.text'), max: REPLY_MAX });
      const value = typeof body.text === 'string' ? body.text.slice(0, REPLY_MAX * 2) : '';
      const error: ReplyError = { reviewId, field, message, value };
      return reviewsPage(db, c, view, shop, { ...place, replied: null, error }, review.removed ? 409 : 400);
    }
    await postReviewReply(ingest, { marketplace: shop.marketplace, reviewId, text: parsed.data.text, now: new Date() });
    const place = await placeOfReview(db, shop, reviewId, asked);
    const target = href(reviewsPath, {
      filter: place.filter === 'all' ? null : place.filter,
      page: place.page > 1 ? place.page : null,
      replied: reviewId,
    });
    return c.redirect(`${target}#${encodeURIComponent(reviewAnchor(reviewId))}`, 303);
  });

  app.get('/:marketplace/:seller/orders', async (c) => {
    const view = viewOf(c);
    const shop = await findShop(
      db,
      { marketplace: c.req.param('marketplace'), seller: c.req.param('seller') },
      new Date(),
    );
    if (!shop) return notFound(c, view);
    const filter = orderFilterParam.parse(c.req.query('status'));
    const total = await countOrders(db, { ...shop, filter });
    const pages = pagesFor(total, ORDERS_PER_PAGE);
    const current = Math.min(pageParam.parse(c.req.query('page')), pages);
    const orders = await listOrders(db, {
      ...shop,
      filter,
      limit: ORDERS_PER_PAGE,
      offset: (current - 1) * ORDERS_PER_PAGE,
    });
    const props = { view, shop, filter, total, page: current, pages, orders, now: new Date() };
    return page(c, view, h(OrdersPage, props));
  });

  app.all('*', (c) => notFound(c));

  return app;
}
