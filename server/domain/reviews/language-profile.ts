/**
 * Character n-gram profiles per language (naive Bayes over the 2- and 3-grams of each word, padded with
 * spaces so word starts and endings count). Function words decide most reviews; the profiles decide the
 * short ones that have none ("Llegaron dos platos rotos.", "Fix geliefert, ordentlich verpackt").
 * Trained at start-up from the text we ship for each language.
 */
import { bucketOf, hashCode, hashStart, seeds } from './hashing.ts';

export interface LanguageProfiles {
  languages: string[];
  /** Bucket × language log-probabilities (row-major: bucket * languages.length + language). */
  logProbability: Float32Array;
  /** Buckets some language showed; the rest take `unseen`. */
  seen: Uint8Array;
  /** The log-probability of an n-gram a language has never shown. */
  unseen: Float64Array;
}

const BITS = 17;
const MASK = (1 << BITS) - 1;
const WORD = /[\p{L}']+/gu;
const SPACE = 32;

const GRAM = hashStart(seeds.gram);

/** A word's character code at `i`; position -1 and word.length stand for the padding spaces. */
const codeAt = (word: string, i: number) => (i < 0 || i >= word.length ? SPACE : word.charCodeAt(i));

/** Calls `visit` with the bucket of every 2- and 3-gram of every space-padded word. */
function forEachGram(text: string, visit: (bucket: number) => void): void {
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    for (let i = -1; i < word.length; i++) {
      const two = hashCode(hashCode(GRAM, codeAt(word, i)), codeAt(word, i + 1));
      visit(bucketOf(two, MASK));
      if (i + 2 <= word.length) visit(bucketOf(hashCode(two, codeAt(word, i + 2)), MASK));
    }
  }
}

export function trainLanguageProfiles(samples: Record<string, readonly string[]>, smoothing = 0.5): LanguageProfiles {
  const languages = Object.keys(samples).sort();
  const L = languages.length;
  const counts = new Float64Array((MASK + 1) * L);
  const seen = new Uint8Array(MASK + 1);
  const totals = new Float64Array(L);
  languages.forEach((lang, l) => {
    for (const text of samples[lang] ?? []) {
      forEachGram(text, (bucket) => {
        counts[bucket * L + l] = (counts[bucket * L + l] as number) + 1;
        seen[bucket] = 1;
        totals[l] = (totals[l] as number) + 1;
      });
    }
  });
  let vocabulary = 0;
  for (const s of seen) vocabulary += s;
  const denominators = totals.map((t) => t + smoothing * vocabulary);
  const logProbability = new Float32Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    logProbability[i] = Math.log(((counts[i] as number) + smoothing) / (denominators[i % L] as number));
  }
  return { languages, logProbability, seen, unseen: denominators.map((d) => Math.log(smoothing / d)) };
}

/** Mean log-probability per n-gram of the text in each language: higher is likelier. */
export function profileScores(profiles: LanguageProfiles, text: string): Map<string, number> {
  const scores = scoresOf(profiles, text, profiles.languages);
  return new Map(profiles.languages.map((lang, l) => [lang, scores[l] as number]));
}

/**
 * The mean log-probabilities of the given languages only (0 for a language without a profile, or without
 * text): detection asks about two to nine candidates of the profiles' twelve, per review on import.
 */
function scoresOf(profiles: LanguageProfiles, text: string, languages: readonly string[]): Float64Array {
  const L = profiles.languages.length;
  const columns = languages.map((lang) => profiles.languages.indexOf(lang));
  const known = columns.filter((l) => l >= 0);
  const sums = new Float64Array(known.length);
  let grams = 0;
  let unseen = 0;
  forEachGram(text, (bucket) => {
    grams += 1;
    if (profiles.seen[bucket] !== 1) {
      unseen += 1;
      return;
    }
    const row = bucket * L;
    for (let k = 0; k < known.length; k++) {
      sums[k] = (sums[k] as number) + (profiles.logProbability[row + (known[k] as number)] as number);
    }
  });
  const scores = new Float64Array(languages.length);
  if (grams === 0) return scores;
  let k = 0;
  columns.forEach((l, i) => {
    if (l < 0) return;
    scores[i] = ((sums[k] as number) + unseen * (profiles.unseen[l] as number)) / grams;
    k += 1;
  });
  return scores;
}

/** The likeliest of the candidate languages, or null without text. */
export function likeliestLanguage<L extends string>(
  profiles: LanguageProfiles,
  text: string,
  candidates: readonly L[],
): L | null {
  const scores = scoresOf(profiles, text, candidates);
  let best: L | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  candidates.forEach((lang, i) => {
    const score = scores[i] as number;
    if (score === 0 || score <= bestScore) return;
    best = lang;
    bestScore = score;
  });
  return best;
}
