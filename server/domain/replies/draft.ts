import type {
  Draft,
  DraftResult,
  DraftVariant,
  FactKind,
  GuardWarning,
  ReplyLanguage,
} from '../../../shared/drafts.ts';
import { draftVariants } from '../../../shared/drafts.ts';
import type { Reason } from '../../../shared/reasons.ts';
import { type ComposeInput, composeDraft } from './compose.ts';
import { checkReply, escalationsFor } from './guard.ts';
import { type Phrasebook, renderDraft } from './render.ts';

/** A review ready to answer: its language and reasons are known (given, or classified by the caller). */
export interface ResolvedReview extends ComposeInput {
  text: string;
  lang: ReplyLanguage;
  /** Negative or mixed per the classifier or the labels; positive reviews get no draft. */
  negative: boolean;
}

export interface Rejected {
  variant: DraftVariant;
  warnings: GuardWarning[];
}

/** The reasons a draft answers: `other` only when nothing more specific is known, each reason once. */
export function reasonsToAddress(reasons: readonly Reason[]): Reason[] {
  const unique = [...new Set(reasons)];
  const specific = unique.filter((r) => r !== 'other');
  return specific.length > 0 ? specific : ['other'];
}

/**
 * Both variants for a negative or mixed review, in its language, with the gloss in `glossLang`. A review
 * that mentions a lawyer, a scam or a safety risk gets no draft but the reasons it needs a person. A draft
 * that trips the guard is withheld and reported in `rejected` (a template should never do so; the test
 * set checks it).
 */
export function draftReply(
  review: ResolvedReview,
  glossLang: ReplyLanguage,
  book: Phrasebook,
): DraftResult & { rejected?: Rejected[] } {
  const escalations = escalationsFor(review.text, review.lang);
  if (escalations.length > 0) return { status: 'escalated', lang: review.lang, escalations };
  if (!review.negative) return { status: 'not_negative', lang: review.lang };

  const reasons = reasonsToAddress(review.reasons);
  const input: ComposeInput = { ...review, reasons };
  const known = [review.order?.id ?? '', review.order?.product ?? '', review.buyerName ?? '', review.sellerName ?? ''];
  const drafts: Draft[] = [];
  const rejected: Rejected[] = [];
  const facts = new Set<FactKind>();
  for (const variant of draftVariants) {
    const composed = composeDraft(input, variant);
    const text = renderDraft(composed, review.lang, review.lang, book);
    const warnings = checkReply(text, review.lang, known);
    if (warnings.length > 0) {
      rejected.push({ variant, warnings });
      continue;
    }
    for (const fact of composed.facts) facts.add(fact);
    const gloss = glossLang === review.lang ? text : renderDraft(composed, glossLang, review.lang, book);
    drafts.push({ variant, lang: review.lang, text, gloss, glossLang });
  }
  return {
    status: 'drafted',
    lang: review.lang,
    reasons,
    facts: [...facts],
    drafts,
    ...(rejected.length > 0 ? { rejected } : {}),
  };
}
