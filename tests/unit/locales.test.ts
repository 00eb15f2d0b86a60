import { describe, expect, it } from 'vitest';
import { namespaces, resources } from '../../shared/locales.ts';
import { uiLocales } from '../../shared/roles.ts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flattens nested resources to dotted keys: { a: { b: 'x' } } → { 'a.b': 'x' }. */
function flatten(value: unknown, prefix = '', out: Map<string, unknown> = new Map()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/**
 * The keys a locale must have, given English's: plain keys as they are; for each plural key (English
 * `x_one`, `x_other`) the locale's own CLDR categories, as i18next resolves them with Intl.PluralRules.
 */
function expectedKeys(englishKeys: Iterable<string>, locale: string): Set<string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const expected = new Set<string>();
  for (const key of englishKeys) {
    if (PLURAL_SUFFIX.test(key)) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const category of categories) expected.add(`${base}_${category}`);
    } else {
      expected.add(key);
    }
  }
  return expected;
}

describe('locale resources', () => {
  it('bundles every UI locale and namespace', () => {
    expect(Object.keys(resources).sort()).toEqual([...uiLocales].sort());
    for (const locale of uiLocales) expect(Object.keys(resources[locale]).sort()).toEqual([...namespaces].sort());
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const english = flatten(resources.en[namespace]);

    it.each(uiLocales)('%s has exactly the keys of en (with its own plural forms), none empty', (locale) => {
      const actual = flatten(resources[locale][namespace]);
      const expected = expectedKeys(english.keys(), locale);
      const missing = [...expected].filter((key) => !actual.has(key)).sort();
      const extra = [...actual.keys()].filter((key) => !expected.has(key)).sort();
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      const empty = [...actual]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it.each(uiLocales)('%s keeps the interpolation variables of en', (locale) => {
      const variables = (value: unknown) => [...String(value).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
      const actual = flatten(resources[locale][namespace]);
      for (const [key, value] of actual) {
        const englishKey = PLURAL_SUFFIX.test(key) ? `${key.replace(PLURAL_SUFFIX, '')}_other` : key;
        if (!english.has(englishKey)) continue;
        const allowed = new Set(variables(english.get(englishKey)));
        // A plural form may leave {{count}} out ("one review"), but it may not invent variables.
        for (const name of variables(value))
          expect({ key, name, known: allowed.has(name ?? '') }).toMatchObject({ known: true });
        if (!PLURAL_SUFFIX.test(key)) expect({ key, vars: variables(value) }).toEqual({ key, vars: [...allowed] });
      }
    });
  });
});
