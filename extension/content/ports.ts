import type { i18n } from 'i18next';
import { browser } from 'wxt/browser';
import type { SellerRefInput } from '../../shared/api.ts';
import { pickLocale, type UiLocale } from '../../shared/locale-tag.ts';
import { type OverviewResult, type ReviewInsightsResult, sendMessage } from '../messaging.ts';
import { createLocaleLoader } from '../ui/locale.ts';

/**
 * What the features of one content script share: the messaging layer to the background, one locale
 * loader, and one request per page for what several features show (the reader's locale, review insights).
 */

export const loadI18n: (locale: UiLocale) => Promise<i18n> = createLocaleLoader((locale) =>
  sendMessage('getLocale', locale),
);

/** How long an answer is shared between features that start on the same page. */
const shareMs = 2_000;

function shared<K, V>(fetch: (key: K) => Promise<V>, id: (key: K) => string): (key: K) => Promise<V> {
  const recent = new Map<string, { at: number; value: Promise<V> }>();
  return (key) => {
    const now = Date.now();
    const hit = recent.get(id(key));
    if (hit && now - hit.at < shareMs) return hit.value;
    const value = fetch(key);
    recent.set(id(key), { at: now, value });
    return value;
  };
}

/** The signed-in user's locale, else the browser's. */
const sharedLocale = shared(
  async (_: null) => {
    const me = await sendMessage('whoami').catch(() => null);
    return pickLocale(me?.ok ? me.me.locale : browser.i18n.getUILanguage());
  },
  () => 'me',
);
export const readerLocale = (): Promise<UiLocale> => sharedLocale(null);

export const reviewInsights: (ref: SellerRefInput) => Promise<ReviewInsightsResult> = shared(
  (ref) =>
    sendMessage('getReviewInsights', ref).catch(
      (error: unknown): ReviewInsightsResult => ({ ok: false, error: 'offline', message: String(error) }),
    ),
  (ref) => `${ref.marketplace}\u0000${ref.seller}`,
);

export const sellerOverview: (ref: SellerRefInput) => Promise<OverviewResult> = shared(
  (ref) =>
    sendMessage('getSellerOverview', ref).catch(
      (error: unknown): OverviewResult => ({ ok: false, error: 'offline', message: String(error) }),
    ),
  (ref) => `${ref.marketplace}\u0000${ref.seller}`,
);
