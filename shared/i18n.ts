import i18next, { type i18n } from 'i18next';
import { namespaces, resources } from './locales.ts';
import { type UiLocale, uiLocales } from './roles.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: (typeof resources)['en'];
  }
}

/** Picks the best supported locale for a BCP 47 tag such as "fr-CA" or "zh-Hans"; English otherwise. */
export function pickLocale(tag: string | null | undefined): UiLocale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (uiLocales as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
}

/** A fresh i18next instance for one locale (synchronous: resources are bundled). */
export function createI18n(locale: string | null | undefined): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: pickLocale(locale),
    fallbackLng: 'en',
    resources,
    ns: [...namespaces],
    defaultNS: 'ui',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
