/**
 * The demo marketplace's admin pages: page detection and every selector the overlays use. Pure
 * functions of the URL or the document, so a change in the demo markup breaks this file only.
 */

export const demoAdminPages = ['home', 'reviews', 'orders'] as const;
export type DemoAdminPage = (typeof demoAdminPages)[number];

export interface DemoAdminLocation {
  marketplace: string;
  seller: string;
  page: DemoAdminPage;
}

export interface ReviewCard {
  element: HTMLElement;
  id: string;
  /** 1–5, or null when the card carries no readable rating. */
  rating: number | null;
}

/** A review row as the page shows it, read by `textContent` and attributes only. */
export interface ReviewRow {
  element: HTMLElement;
  id: string;
  rating: number | null;
  text: string | null;
  /** When the review was written (ISO 8601), or null when the page shows no readable date. */
  createdAt: string | null;
  /** The language code the page marks the review with, or null. */
  lang: string | null;
  /** The page shows at least one reply of the shop under the review. */
  replied: boolean;
  removed: boolean;
  /** The reply box, where a drafted reply goes; null when the page offers none (removed reviews). */
  replyBox: HTMLTextAreaElement | null;
  /** Where the row's overlay mounts: the end of the row's header line. */
  overlayAnchor: HTMLElement | null;
}

/** An order row; `promisedShipBy` is the dispatch date the shop promised (ISO 8601), when the page says. */
export interface OrderRow {
  element: HTMLElement;
  id: string;
  promisedShipBy: string | null;
  /** The page's own status word for the order (`awaiting`, `late`, `shipped`, …), or null. */
  status: string | null;
  overlayAnchor: HTMLElement | null;
}

const selectors = {
  shopName: 'header.adm-header h1.adm-shop-name',
  reviewCard: 'article.adm-review[data-review-id]',
  overlayAnchor: 'main.adm-main',
  reviewHead: '.adm-review-head',
  reviewDate: '.adm-review-meta time[datetime]',
  reviewLang: '.adm-review-meta [data-lang]',
  reviewText: 'p.adm-review-text:not(.adm-review-empty)',
  reviewReply: '.adm-review-reply',
  replyBox: 'form.adm-reply textarea[name="text"]',
  reviewList: 'section.adm-reviews',
  pageHead: 'main.adm-main .adm-page-head',
  orderRow: 'table.adm-orders tr[data-order-id]',
  orderStatus: 'td[data-status]',
} as const;

const segment = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;

/** `/demo/admin/<marketplace>/<seller>/<page>` (a trailing slash is allowed), or null. */
export function matchDemoAdmin(url: URL): DemoAdminLocation | null {
  const parts = url.pathname.replace(/\/+$/, '').split('/');
  if (parts.length !== 6 || parts[0] !== '' || parts[1] !== 'demo' || parts[2] !== 'admin') return null;
  const [, , , marketplace, seller, page] = parts.map(decodeSegment);
  if (!marketplace || !seller || !page) return null;
  if (!segment.test(marketplace) || !segment.test(seller)) return null;
  if (!isDemoAdminPage(page)) return null;
  return { marketplace, seller, page };
}

function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

function isDemoAdminPage(value: string): value is DemoAdminPage {
  return (demoAdminPages as readonly string[]).includes(value);
}

/** The shop name the page shows in its header, trimmed; null when absent or empty. */
export function readShopName(doc: ParentNode): string | null {
  const text = doc.querySelector(selectors.shopName)?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** The review cards on the page, in document order. */
export function reviewCards(doc: ParentNode): ReviewCard[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(selectors.reviewCard)).map((element) => ({
    element,
    id: element.dataset.reviewId ?? '',
    rating: parseRating(element.dataset.rating),
  }));
}

function parseRating(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  const rating = Number(value);
  return rating >= 1 && rating <= 5 ? rating : null;
}

/** Where the overlays mount: the top of the page's main column. */
export function overlayAnchor(doc: ParentNode): HTMLElement | null {
  return doc.querySelector<HTMLElement>(selectors.overlayAnchor);
}

/** The review rows on the page, in document order, with what each shows. */
export function reviewRows(doc: ParentNode): ReviewRow[] {
  return reviewCards(doc).map(({ element, id, rating }) => ({
    element,
    id,
    rating,
    text: readText(element.querySelector(selectors.reviewText)),
    createdAt: readDate(element.querySelector(selectors.reviewDate)?.getAttribute('datetime')),
    lang: element.querySelector(selectors.reviewLang)?.getAttribute('data-lang')?.trim() || null,
    replied: element.querySelector(selectors.reviewReply) !== null,
    removed: element.dataset.removed === 'true',
    replyBox: element.querySelector<HTMLTextAreaElement>(selectors.replyBox),
    overlayAnchor: element.querySelector<HTMLElement>(selectors.reviewHead),
  }));
}

/** Where a note about the whole review list goes: just before the list. */
export function reviewListAnchor(doc: ParentNode): HTMLElement | null {
  return doc.querySelector<HTMLElement>(selectors.reviewList);
}

/** The order rows of the orders table, in document order. */
export function orderRows(doc: ParentNode): OrderRow[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(selectors.orderRow)).map((element) => {
    const statusCell = element.querySelector<HTMLElement>(selectors.orderStatus);
    return {
      element,
      id: element.dataset.orderId ?? '',
      promisedShipBy: readDate(element.dataset.promisedShipBy),
      status: statusCell?.dataset.status ?? null,
      overlayAnchor: statusCell,
    };
  });
}

function readText(element: Element | null): string | null {
  const text = element?.textContent?.trim();
  return text ? text : null;
}

function readDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Where page-wide alerts go: just before the page's own heading. */
export function bannerAnchor(doc: ParentNode): HTMLElement | null {
  return doc.querySelector<HTMLElement>(selectors.pageHead);
}
