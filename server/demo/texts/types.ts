import type { Component, Reason } from '../../../shared/reasons.ts';

export const demoLanguages = ['en', 'uk', 'ru', 'pl', 'fi', 'fr', 'de', 'it', 'es', 'zh', 'ms'] as const;
export type DemoLanguage = (typeof demoLanguages)[number];

/** Hand-written demo texts in one language, as buyers and sellers of that language write them. */
export interface ReviewTexts {
  /** Negative reviews (1–3 stars) whose main reason an independent reader would name as the key. */
  negative: Record<Reason, string[]>;
  /** Negative reviews about a faulty product that name (or clearly describe) the faulty component. */
  defectiveByComponent: Record<Component, string[]>;
  positive: string[];
  /** Mixed or neutral reviews (3–4 stars) with no single clear complaint. */
  mixed: string[];
  /** Constructive public replies by the seller to a negative review. */
  sellerComments: string[];
  /** What a buyer appends to a review after the seller put things right (starts with "UPD" or similar). */
  updates: string[];
  /** Short buyer messages to the shop (questions before or after buying). */
  contacts: string[];
  /** Buyer names as they appear on reviews. */
  authors: string[];
  /** Mystery-shopper notes (only some languages have them). */
  mysteryNotes?: string[];
}
