/**
 * The UI locales and how a browser's language tag maps onto them. Free of zod and of the resources, so
 * a content script can pick its locale without bundling every language.
 */

/** Locales the UI, replies and plans are written in; `ru` is read in reviews but not a UI locale. */
export const uiLocales = ['en', 'uk', 'pl', 'fi', 'fr', 'de', 'it', 'es', 'zh', 'ms'] as const;
export type UiLocale = (typeof uiLocales)[number];

/** Picks the best supported locale for a BCP 47 tag such as "fr-CA" or "zh-Hans"; English otherwise. */
export function pickLocale(tag: string | null | undefined): UiLocale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (uiLocales as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
}
