import i18next, { type i18n } from 'i18next';
import { pickLocale } from './locale-tag.ts';
import { namespaces, resources } from './locales.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: (typeof resources)['en'];
  }
}

export { pickLocale };

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
