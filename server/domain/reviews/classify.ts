import type { Component, Reason } from '../../../shared/reasons.ts';
import { type DetectedLanguage, detectLanguage } from './language.ts';
import type { Lexicon } from './lexicon.ts';

export type Sentiment = 'negative' | 'mixed' | 'positive';

export interface Classification {
  lang: DetectedLanguage | null;
  sentiment: Sentiment;
  reasons: Reason[];
  component: Component | null;
  confidence: number;
}

interface Compiled {
  reasons: [Exclude<Reason, 'other'>, RegExp][];
  components: [Exclude<Component, 'other'>, RegExp][];
  positive: RegExp;
  negative: RegExp;
  negators: Set<string>;
  spaced: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation per list: words on word boundaries, a trailing `*` as a stem, phrases across punctuation. */
function matcher(patterns: readonly string[], spaced: boolean): RegExp {
  if (patterns.length === 0) return /(?!)/gu;
  const alternatives = [...patterns]
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      if (!spaced) return escape(p);
      return p
        .split(/\s+/)
        .map((word) => (word.endsWith('*') ? `${escape(word.slice(0, -1))}[\\p{L}\\p{M}'’]*` : escape(word)))
        .join('[^\\p{L}\\p{N}]+');
    });
  const body = alternatives.join('|');
  return spaced
    ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${body})(?![\\p{L}\\p{M}])`, 'gu')
    : new RegExp(`(?:${body})`, 'gu');
}

export function compileLexicon(lexicon: Lexicon, spaced = true): Compiled {
  return {
    reasons: (Object.entries(lexicon.reasons) as [Exclude<Reason, 'other'>, string[]][]).map(([r, p]) => [
      r,
      matcher(p, spaced),
    ]),
    components: (Object.entries(lexicon.components) as [Exclude<Component, 'other'>, string[]][]).map(([c, p]) => [
      c,
      matcher(p, spaced),
    ]),
    positive: matcher(lexicon.positive, spaced),
    negative: matcher(lexicon.negative, spaced),
    negators: new Set(lexicon.negators.map((n) => n.toLowerCase())),
    spaced,
  };
}

export type CompiledLexicons = Partial<Record<DetectedLanguage, Compiled>>;

function matches(pattern: RegExp, text: string): number[] {
  pattern.lastIndex = 0;
  const at: number[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    at.push(m.index);
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return at;
}

/** Whether one of the two words before `index` negates what follows ("not bad", "не погано", "没有问题"). */
function negated(text: string, index: number, lexicon: Compiled): boolean {
  // Only within the same clause: "don't recommend, disappointing" negates "recommend", not "disappointing".
  const window = text.slice(Math.max(0, index - 24), index);
  const clause = window.slice(
    Math.max(...[',', '.', ';', '!', '?', '，', '。', '！', '？'].map((p) => window.lastIndexOf(p))) + 1,
  );
  if (!lexicon.spaced) return [...lexicon.negators].some((n) => clause.endsWith(n));
  const words = clause.match(/[\p{L}']+/gu) ?? [];
  return words.slice(-2).some((w) => lexicon.negators.has(w));
}

/** Reasons that describe the product itself; a named faulty component implies one of them. */
const productReasons: readonly Reason[] = ['defective_item', 'damaged_item', 'wrong_item', 'description_mismatch'];

/**
 * Classifies a review: language (given or detected), reasons (multi-label), the faulty component and the
 * sentiment. The rating is a hint for sentiment, not the answer: words outweigh it.
 */
export function classifyReview(
  input: { text: string; lang?: string | null; rating?: number | null },
  lexicons: CompiledLexicons,
): Classification {
  const lang = (input.lang as DetectedLanguage | null | undefined) ?? detectLanguage(input.text).lang;
  const lexicon = lexicons[lang === 'id' ? 'ms' : (lang ?? 'en')] ?? lexicons.en;
  const text = input.text.toLowerCase();
  if (!lexicon) return { lang, sentiment: 'mixed', reasons: [], component: null, confidence: 0 };

  const found: { reason: Exclude<Reason, 'other'>; hits: number }[] = [];
  for (const [reason, pattern] of lexicon.reasons) {
    const hits = matches(pattern, text).length;
    if (hits) found.push({ reason, hits });
  }
  let component: Component | null = null;
  let componentHits = 0;
  for (const [name, pattern] of lexicon.components) {
    const hits = matches(pattern, text).length;
    if (hits > componentHits) {
      component = name;
      componentHits = hits;
    }
  }

  let positive = 0;
  let negative = found.reduce((sum, f) => sum + f.hits, 0);
  for (const at of matches(lexicon.positive, text)) {
    if (negated(text, at, lexicon)) negative += 1;
    else positive += 1;
  }
  for (const at of matches(lexicon.negative, text)) {
    if (negated(text, at, lexicon)) positive += 0.5;
    else negative += 1;
  }
  const sentiment = decideSentiment(positive, negative, input.rating ?? null);

  if (sentiment === 'positive')
    return { lang, sentiment, reasons: [], component: null, confidence: confidenceOf(positive, negative) };
  let reasons: Reason[] = found.sort((a, b) => b.hits - a.hits).map((f) => f.reason);
  if (component && !reasons.some((r) => productReasons.includes(r))) reasons.push('defective_item');
  if (!reasons.includes('defective_item')) component = null;
  if (reasons.length === 0) reasons = ['other'];
  const confidence = reasons[0] === 'other' ? 0.3 : Math.min(0.95, 0.55 + 0.15 * (found[0]?.hits ?? 1));
  return { lang, sentiment, reasons, component, confidence: Math.round(confidence * 100) / 100 };
}

/** Words first; the rating only tips a one-sided or silent text. */
function decideSentiment(positive: number, negative: number, rating: number | null): Sentiment {
  if (positive === 0 && negative === 0) {
    if (rating == null) return 'mixed';
    return rating >= 4 ? 'positive' : rating <= 2 ? 'negative' : 'mixed';
  }
  if (positive > 0 && negative > 0) {
    if (positive >= 3 * negative && (rating == null || rating >= 3)) return 'positive';
    if (negative >= 3 * positive && (rating == null || rating <= 3)) return 'negative';
    return 'mixed';
  }
  if (negative > 0) return rating != null && rating >= 4 && negative < 2 ? 'mixed' : 'negative';
  return rating != null && rating <= 2 && positive < 2 ? 'mixed' : 'positive';
}

function confidenceOf(positive: number, negative: number): number {
  const total = positive + negative;
  return total === 0
    ? 0.3
    : Math.round(Math.min(0.95, 0.5 + (0.45 * Math.abs(positive - negative)) / total) * 100) / 100;
}
