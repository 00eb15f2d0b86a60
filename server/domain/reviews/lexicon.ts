import type { Component, Reason } from '../../../shared/reasons.ts';

/**
 * One language's review lexicon. Patterns are lowercase phrases of one or more words; a word ending in `*`
 * matches any word starting with it (a stem: `відповіда*` matches відповідає, відповідали…). For Chinese,
 * patterns are plain substrings. Reason patterns are complaint phrases as buyers write them.
 */
export interface Lexicon {
  reasons: Record<Exclude<Reason, 'other'>, string[]>;
  components: Record<Exclude<Component, 'other'>, string[]>;
  /** Words and phrases of praise / of displeasure, for sentiment. */
  positive: string[];
  negative: string[];
  /** Words that turn the following one or two words around ("not", "не", "kein"). */
  negators: string[];
}
