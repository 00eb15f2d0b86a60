/**
 * One language's guard patterns, as regular-expression sources matched case-insensitively against the
 * lower-cased text. Stems rather than whole words where the language inflects; no `\b`, which does not
 * see letters outside ASCII.
 */
export interface GuardPatterns {
  /** Blaming or arguing with the buyer ("you should have read the description"). */
  blame: string[];
  /** Disputing the review instead of solving the problem ("this review is false"). */
  dispute: string[];
  /** Asking for the review to go in exchange for something ("remove the review and we will refund"). */
  removalDeal: string[];
  /** Street-address words; phone numbers and e-mail addresses are found for every language at once. */
  address: string[];
  /** A review that needs a person, not a template. */
  legal: string[];
  fraud: string[];
  safety: string[];
}
