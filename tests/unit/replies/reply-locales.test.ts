import { describe, expect, it } from 'vitest';
import { phrasings } from '../../../server/domain/replies/phrasings.ts';
import { replyLanguage } from '../../../shared/drafts.ts';
import { reasons } from '../../../shared/reasons.ts';
import { replyResources } from '../../../shared/reply-i18n.ts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const languages = replyLanguage.options;

function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, value);
  return out;
}

/** English's keys with each plural key expanded to the locale's own CLDR categories. */
function expectedKeys(lang: string): Set<string> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const expected = new Set<string>();
  for (const key of flatten(replyResources.en.reply).keys()) {
    if (!PLURAL_SUFFIX.test(key)) expected.add(key);
    else for (const c of categories) expected.add(`${key.replace(PLURAL_SUFFIX, '')}_${c}`);
  }
  return expected;
}

describe('reply locale resources', () => {
  it('cover all 11 reply languages, ru included, and nothing else', () => {
    expect(Object.keys(replyResources).sort()).toEqual([...languages].sort());
  });

  it('English has every phrasing the composer picks from, and every reason of the taxonomy', () => {
    const keys = flatten(replyResources.en.reply);
    for (const variant of ['offer', 'public']) {
      for (const part of ['ack', 'contact', 'invite'] as const)
        for (let i = 1; i <= phrasings[part]; i += 1) expect(keys.has(`${part}.${variant}_${i}`)).toBe(true);
      for (const reason of reasons) expect(keys.has(`reason.${reason}.fix_${variant}`)).toBe(true);
    }
    for (let i = 1; i <= phrasings.greeting; i += 1) {
      expect(keys.has(`greeting.named_${i}`)).toBe(true);
      expect(keys.has(`greeting.anon_${i}`)).toBe(true);
    }
    for (let i = 1; i <= phrasings.signoff; i += 1) expect(keys.has(`signoff.named_${i}`)).toBe(true);
    for (const reason of reasons)
      for (let i = 1; i <= phrasings.explain; i += 1) expect(keys.has(`reason.${reason}.explain_${i}`)).toBe(true);
  });

  it.each(languages)('%s has exactly the keys of en with its own plural forms, none empty', (lang) => {
    const actual = flatten(replyResources[lang].reply);
    const expected = expectedKeys(lang);
    const missing = [...expected].filter((k) => !actual.has(k)).sort();
    const extra = [...actual.keys()].filter((k) => !expected.has(k)).sort();
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    const empty = [...actual].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(languages)('%s keeps the variables of en and has no doubled punctuation', (lang) => {
    const english = flatten(replyResources.en.reply);
    const vars = (v: unknown) => [...String(v).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, value] of flatten(replyResources[lang].reply)) {
      const base = PLURAL_SUFFIX.test(key) ? `${key.replace(PLURAL_SUFFIX, '')}_other` : key;
      expect({ key, vars: vars(value) }).toEqual({ key, vars: vars(english.get(base)) });
      expect({ key, doubled: /([.,;:!?。，！？])\1|[ \t][.,;:!?]/.test(String(value)) }).toEqual({
        key,
        doubled: false,
      });
    }
  });
});
