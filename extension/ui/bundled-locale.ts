import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n.ts';
import type { UiLocale } from '../../shared/locale-tag.ts';
import { resources } from '../../shared/locales.ts';
import type { LocaleResources } from './locale.ts';

/**
 * Every locale bundled: for the extension's own pages (options, popup) and the background, which hands
 * one locale at a time to the content scripts so that they do not carry all ten.
 */

const instances = new Map<UiLocale, i18n>();

/** One i18next instance per locale, created on first use. */
export function i18nFor(locale: UiLocale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18n(locale);
    instances.set(locale, instance);
  }
  return instance;
}

/** The namespaces the overlays use, for one locale (the demo namespace is the demo server's). */
export function overlayResources(locale: UiLocale): LocaleResources {
  const { ui, quality } = resources[locale];
  return { ui, quality };
}
