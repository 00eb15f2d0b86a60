import { type Component, type Reason, reasons } from '../../../shared/reasons.ts';
import { afterContrast } from './contrast.ts';
import { type DetectedLanguage, detectLanguage } from './language.ts';
import type { LanguageProfiles } from './language-profile.ts';
import type { Lexicon } from './lexicon.ts';
import { negatedAt, negatedBefore, SubstringMatcher, type Token, TokenMatcher, tokenize } from './matcher.ts';
import { type ReasonModel, reasonProbabilities } from './model.ts';

export type Sentiment = 'negative' | 'mixed' | 'positive';

export interface Classification {
  lang: DetectedLanguage | null;
  sentiment: Sentiment;
  reasons: Reason[];
  component: Component | null;
  confidence: number;
}

type Category =
  | { kind: 'reason'; reason: Exclude<Reason, 'other'> }
  | { kind: 'component'; component: Exclude<Component, 'other'> }
  | { kind: 'positive' }
  | { kind: 'negative' };

interface Compiled {
  spaced: boolean;
  words: TokenMatcher<Category>;
  substrings: SubstringMatcher<Category>;
  negators: Set<string>;
}

/** Indexes a lexicon for matching; Chinese (`spaced` false) is matched by substring. */
export function compileLexicon(lexicon: Lexicon, spaced = true): Compiled {
  const words = new TokenMatcher<Category>();
  const substrings = new SubstringMatcher<Category>();
  const add = (category: Category, patterns: readonly string[]) => {
    for (const p of patterns) (spaced ? words : substrings).add(category, p);
  };
  for (const [reason, patterns] of Object.entries(lexicon.reasons) as [Exclude<Reason, 'other'>, string[]][]) {
    add({ kind: 'reason', reason }, patterns);
  }
  for (const [component, patterns] of Object.entries(lexicon.components) as [Exclude<Component, 'other'>, string[]][]) {
    add({ kind: 'component', component }, patterns);
  }
  add({ kind: 'positive' }, lexicon.positive);
  add({ kind: 'negative' }, lexicon.negative);
  return {
    spaced,
    words,
    substrings,
    negators: new Set(lexicon.negators.map((n) => n.toLowerCase().replace(/’/g, "'"))),
  };
}

export type CompiledLexicons = Partial<Record<DetectedLanguage, Compiled>>;

/** Every hit with whether it is negated in its clause ("not bad", "не погано", "没有问题"). */
function findHits(
  text: string,
  tokens: readonly Token[],
  lexicon: Compiled,
): { category: Category; negated: boolean }[] {
  if (!lexicon.spaced) {
    const negators = [...lexicon.negators];
    return lexicon.substrings
      .match(text)
      .map((h) => ({ category: h.category, negated: negatedBefore(text, h.at, negators) }));
  }
  return lexicon.words
    .match(tokens)
    .map((h) => ({ category: h.category, negated: negatedAt(tokens, h.at, lexicon.negators) }));
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
  models: { reasons?: ReasonModel; languages?: LanguageProfiles } = {},
): Classification {
  const lang = (input.lang as DetectedLanguage | null | undefined) ?? detectLanguage(input.text, models.languages).lang;
  const model = models.reasons;
  const lexicon = lexicons[lang === 'id' ? 'ms' : (lang ?? 'en')] ?? lexicons.en;
  if (!lexicon) return { lang, sentiment: 'mixed', reasons: [], component: null, confidence: 0 };

  const reasonHits = new Map<Exclude<Reason, 'other'>, number>();
  const componentHits = new Map<Exclude<Component, 'other'>, number>();
  let positive = 0;
  let negative = 0;
  // Tokenised once: the lexicon and the model read the same words.
  const tokens = tokenize(input.text);
  for (const { category, negated } of findHits(input.text, tokens, lexicon)) {
    if (category.kind === 'reason') {
      reasonHits.set(category.reason, (reasonHits.get(category.reason) ?? 0) + 1);
      negative += 1;
    } else if (category.kind === 'component') {
      componentHits.set(category.component, (componentHits.get(category.component) ?? 0) + 1);
    } else if (category.kind === 'positive') {
      if (negated) negative += 1;
      else positive += 1;
    } else if (negated) {
      positive += 0.5;
    } else {
      negative += 1;
    }
  }
  const found = [...reasonHits].map(([reason, hits]) => ({ reason, hits }));
  let component: Component | null = null;
  let best = 0;
  for (const [name, hits] of componentHits) {
    if (hits > best) {
      component = name;
      best = hits;
    }
  }
  let sentiment = decideSentiment(positive, negative, input.rating ?? null);

  // Praise, then "but" and a complaint the model recognises: a mixed review, whatever the praise words say.
  const tail = sentiment === 'positive' && model && lang ? afterContrast(input.text, lang) : null;
  const tailTokens = tail ? tokenize(tail) : [];
  const turned =
    tail && model && !isPraise(tail, tailTokens, lexicon)
      ? modelReasons(model, tail, tailTokens, []).reasons.slice(0, 1)
      : [];
  if (sentiment === 'positive' && turned.length === 0)
    return { lang, sentiment, reasons: [], component: null, confidence: confidenceOf(positive, negative) };
  if (turned.length > 0) sentiment = 'mixed';
  let reasons: Reason[] = found.sort((a, b) => b.hits - a.hits).map((f) => f.reason);
  let modelConfidence = 0;
  if (model) {
    const learned = modelReasons(model, input.text, tokens, reasons);
    reasons = [...reasons, ...learned.reasons];
    modelConfidence = learned.confidence;
  }
  if (component && !reasons.some((r) => productReasons.includes(r))) reasons.push('defective_item');
  if (!reasons.includes('defective_item')) component = null;
  if (reasons.length === 0) reasons = ['other'];
  const confidence =
    reasons[0] === 'other'
      ? 0.3
      : found.length > 0
        ? Math.min(0.95, 0.55 + 0.15 * (found[0]?.hits ?? 1))
        : modelConfidence;
  return { lang, sentiment, reasons, component, confidence: Math.round(confidence * 100) / 100 };
}

/** Probability above which the model adds a reason the lexicon did not see. */
const MODEL_THRESHOLD = 0.5;
/** When nothing else names a reason, the model's best guess is taken over `other` above this. */
const MODEL_FALLBACK = 0.3;

/** Reasons the model adds to the lexicon's: confident ones, or its best guess when the lexicon found none. */
function modelReasons(
  model: ReasonModel,
  text: string,
  tokens: readonly Token[],
  known: readonly Reason[],
): { reasons: Reason[]; confidence: number } {
  const probabilities = reasonProbabilities(model, text, tokens);
  const added: { reason: Reason; p: number }[] = [];
  let top: { reason: Reason; p: number } | null = null;
  for (const [r, reason] of reasons.entries()) {
    const p = probabilities[r] as number;
    if (reason === 'other' || known.includes(reason)) continue;
    if (p >= MODEL_THRESHOLD) added.push({ reason, p });
    if (!top || p > top.p) top = { reason, p };
  }
  const chosen = added.sort((a, b) => b.p - a.p).map((a) => a.reason);
  if (chosen.length === 0 && known.length === 0 && top && top.p >= MODEL_FALLBACK) chosen.push(top.reason);
  const confidence = top ? Math.round(Math.min(0.9, top.p) * 100) / 100 : 0;
  return { reasons: chosen, confidence };
}

/** Whether a clause praises more than it complains ("…but honestly you can't tell"). */
function isPraise(text: string, tokens: readonly Token[], lexicon: Compiled): boolean {
  let praise = 0;
  let blame = 0;
  for (const { category, negated } of findHits(text, tokens, lexicon)) {
    if (category.kind === 'positive') {
      if (negated) blame += 1;
      else praise += 1;
    } else if (category.kind === 'negative' || category.kind === 'reason') {
      if (!negated || category.kind === 'reason') blame += 1;
    }
  }
  return praise > blame;
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
