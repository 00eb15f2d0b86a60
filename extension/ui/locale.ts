import i18next, { type i18n, type ResourceKey } from 'i18next';
import type { UiLocale } from '../../shared/locale-tag.ts';

/**
 * The resources an overlay needs in one locale; the background sends them on request. Keys are typed
 * where they are used (i18next's CustomTypeOptions in shared/i18n.ts), not here.
 */
export type LocaleResources = { ui: ResourceKey; quality: ResourceKey };

/** Where a content script gets one locale's resources (the background, through messaging). */
export type LoadLocale = (locale: UiLocale) => Promise<LocaleResources>;

/**
 * i18next instances for the locales a content script actually shows, loaded once each; English is
 * loaded beside any other locale as the fallback. Shared by every feature of one content script.
 */
export function createLocaleLoader(load: LoadLocale): (locale: UiLocale) => Promise<i18n> {
  const resources = new Map<UiLocale, Promise<LocaleResources>>();
  const instances = new Map<UiLocale, Promise<i18n>>();
  const resourcesOf = (locale: UiLocale) => {
    let pending = resources.get(locale);
    if (!pending) {
      pending = load(locale);
      // A failed load is tried again next time rather than remembered.
      pending.catch(() => resources.delete(locale));
      resources.set(locale, pending);
    }
    return pending;
  };
  return (locale) => {
    let pending = instances.get(locale);
    if (!pending) {
      pending = Promise.all([resourcesOf(locale), locale === 'en' ? null : resourcesOf('en')]).then(([own, en]) =>
        i18nFrom(locale, own, en),
      );
      pending.catch(() => instances.delete(locale));
      instances.set(locale, pending);
    }
    return pending;
  };
}

/** An i18next instance over given resources (synchronous init: nothing left to load). */
export function i18nFrom(locale: UiLocale, own: LocaleResources, en: LocaleResources | null): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: en ? { [locale]: own, en } : { [locale]: own },
    ns: ['ui', 'quality'],
    defaultNS: 'ui',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function formatCount(locale: UiLocale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatRating(locale: UiLocale, value: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatTime(locale: UiLocale, iso: string, now = new Date()): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(date);
}
