import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n.ts';
import type { UiLocale } from '../../shared/roles.ts';

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
