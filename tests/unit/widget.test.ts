import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { normalizeContact } from '../../server/auth/buyer-contact.ts';
import { widgetBundle } from '../../server/widget/bundle.ts';
import { RateLimiter } from '../../server/widget/rate-limit.ts';
import { uiLocales } from '../../shared/roles.ts';
import { pickWidgetLocale, widgetLocales } from '../../shared/widget-language.ts';
import { widgetResources } from '../../shared/widget-locales.ts';

function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, value);
  return out;
}

describe('widget locales', () => {
  it('has every UI locale and Russian', () => {
    expect([...widgetLocales].sort()).toEqual([...uiLocales, 'ru'].sort());
    expect(Object.keys(widgetResources).sort()).toEqual([...widgetLocales].sort());
  });

  it.each(widgetLocales)('%s has exactly the keys of en, none empty, with the same variables', (locale) => {
    const english = flatten(widgetResources.en);
    const actual = flatten(widgetResources[locale]);
    expect([...actual.keys()].sort()).toEqual([...english.keys()].sort());
    const variables = (v: unknown) => [...String(v).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, value] of actual) {
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
      expect(variables(value), `${locale}:${key}`).toEqual(variables(english.get(key)));
    }
  });

  it('picks the page’s language, then the browser’s, then English', () => {
    expect(pickWidgetLocale('ru-RU', 'de')).toBe('ru');
    expect(pickWidgetLocale('pt-BR', 'de-AT')).toBe('de');
    expect(pickWidgetLocale('', null, undefined)).toBe('en');
  });
});

describe('rate limiter', () => {
  it('allows the limit per window, then says how long to wait, and forgets after the window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.take('ip'))).toEqual([null, null, null]);
    expect(limiter.take('ip')).toBe(60);
    expect(limiter.take('other')).toBeNull();
    now += 59_001;
    expect(limiter.take('ip')).toBe(1);
    now += 1_000;
    expect(limiter.take('ip')).toBeNull();
  });
});

describe('buyer contacts', () => {
  it('reduces an email to lower case and a phone to its digits; refuses neither', () => {
    expect(normalizeContact(' Ann@Mail.COM ')).toEqual({ kind: 'email', value: 'ann@mail.com' });
    expect(normalizeContact('+38 (050) 123-45-67')).toEqual({ kind: 'phone', value: '380501234567' });
    expect(normalizeContact('abc')).toBeNull();
  });
});

describe('widget bundle', () => {
  it('stays within its targets: loader ≤ 5 KB and loader + panel + one locale ≤ 30 KB gzipped', async () => {
    const bundle = await widgetBundle();
    const loader = gzipSync(bundle.loader).length;
    const panel = gzipSync(bundle.panel).length;
    const locale = Math.max(...widgetLocales.map((l) => gzipSync(JSON.stringify(widgetResources[l])).length));
    console.log(
      `widget: loader ${loader} B, panel ${panel} B, largest locale ${locale} B gzipped; total ${loader + panel + locale} B`,
    );
    expect(loader).toBeLessThanOrEqual(5 * 1024);
    expect(loader + panel + locale).toBeLessThanOrEqual(30 * 1024);
  }, 30_000);
});
