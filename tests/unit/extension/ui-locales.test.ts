import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n.ts';
import { resources } from '../../../shared/locales.ts';
import { uiLocales } from '../../../shared/roles.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else if (value && typeof value === 'object')
      for (const entry of flatten(value, `${prefix}${key}.`)) out.set(...entry);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const english = flatten(resources.en.ui);
const bases = new Map<string, string>();
for (const [key, text] of english) bases.set(key.replace(pluralSuffix, ''), text);
const pluralBases = new Set(
  [...english.keys()].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')),
);

describe.each(uiLocales)('the %s ui namespace', (locale) => {
  const strings = flatten(resources[locale].ui);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('has every key, with every plural form the language uses', () => {
    const missing: string[] = [];
    for (const base of bases.keys()) {
      const wanted = pluralBases.has(base) ? categories.map((c) => `${base}_${c}`) : [base];
      for (const key of wanted) if (!strings.get(key)?.trim()) missing.push(key);
    }
    expect(missing).toEqual([]);
  });

  it('has no key English does not have', () => {
    const extra = [...strings.keys()].filter((key) => !bases.has(key.replace(pluralSuffix, '')));
    expect(extra).toEqual([]);
  });

  it('uses the same interpolation variables as English', () => {
    for (const [key, text] of strings) {
      const reference = bases.get(key.replace(pluralSuffix, '')) ?? '';
      expect(variables(text), `${locale} ${key}`).toEqual(variables(reference));
    }
  });
});

describe('plurals', () => {
  it('follow Ukrainian and Polish grammar', () => {
    const uk = createI18n('uk');
    expect([1, 2, 5, 11, 21, 22].map((count) => `${count} ${uk.t('summary.reviews', { count })}`)).toEqual([
      '1 відгук',
      '2 відгуки',
      '5 відгуків',
      '11 відгуків',
      '21 відгук',
      '22 відгуки',
    ]);
    const pl = createI18n('pl');
    expect(pl.t('summary.unresolvedAlert', { count: 3 })).toBe('3 negatywne opinie wciąż nie mają odpowiedzi.');
    expect(pl.t('summary.unresolvedAlert', { count: 5 })).toBe('5 negatywnych opinii wciąż nie ma odpowiedzi.');
  });

  it('fall back to English for an unknown locale', () => {
    expect(createI18n('xx').t('summary.reviews', { count: 1 })).toBe('review');
  });
});
