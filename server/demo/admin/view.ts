import type { TFunction } from 'i18next';
import { createI18n } from '../../../shared/i18n.ts';
import { type UiLocale, uiLocales } from '../../../shared/roles.ts';

/** Everything a page needs to speak the visitor's language: translations and Intl formatters. */
export interface View {
  locale: UiLocale;
  t: TFunction<'demo'>;
  date(value: Date): string;
  dateTime(value: Date): string;
  money(amount: string, currency: string): string;
  decimal(value: number): string;
  integer(value: number): string;
  languageName(code: string): string;
  /** The current page (path and query, without `lang`), for the language switcher. */
  here: string;
}

/** The demo marketplace is Ukrainian: without a choice or a matching browser language it speaks Ukrainian. */
export const DEFAULT_LOCALE: UiLocale = 'uk';

export function isUiLocale(value: string | null | undefined): value is UiLocale {
  return (uiLocales as readonly string[]).includes(value ?? '');
}

function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The best supported locale in an Accept-Language header, by q-value; null when none is supported. */
export function localeFromAcceptLanguage(header: string | null | undefined): UiLocale | null {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: baseLanguage(tag), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isUiLocale) ?? null;
}

// Times are shown in the marketplace's zone; the demo marketplace is in Ukraine.
const TIME_ZONE = 'Europe/Kyiv';

// One i18next instance per locale, made on first use: the resources are bundled and never change.
const translators = new Map<UiLocale, TFunction<'demo'>>();

function translator(locale: UiLocale): TFunction<'demo'> {
  let t = translators.get(locale);
  if (!t) {
    t = createI18n(locale).getFixedT(locale, 'demo');
    translators.set(locale, t);
  }
  return t;
}

export function createView(locale: UiLocale, here: string): View {
  const t = translator(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const decimalFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const money = new Map<string, Intl.NumberFormat>();
  return {
    locale,
    t,
    here,
    date: (value) => dateFormat.format(value),
    dateTime: (value) => dateTimeFormat.format(value),
    decimal: (value) => decimalFormat.format(value),
    integer: (value) => integerFormat.format(value),
    money(amount, currency) {
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        money.set(currency, format);
      }
      return format.format(Number(amount));
    },
    languageName(code) {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** Builds a link with query parameters, leaving out empty ones. */
export function href(path: string, query: Record<string, string | number | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The admin path of a shop page; ids are URL-encoded path segments. */
export function shopPath(marketplace: string, seller: string, page = ''): string {
  const base = `/demo/admin/${encodeURIComponent(marketplace)}/${encodeURIComponent(seller)}`;
  return page ? `${base}/${page}` : base;
}
