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

const selectors = {
  shopName: 'header.adm-header h1.adm-shop-name',
  reviewCard: 'article.adm-review[data-review-id]',
  overlayAnchor: 'main.adm-main',
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
