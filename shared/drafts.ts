import { z } from 'zod';
import { reasons } from './reasons.ts';
import { reviewLanguages } from './roles.ts';

/** The languages a reply can be drafted in: every review language (ru included), not only the UI's. */
export const replyLanguage = z.enum(reviewLanguages);
export type ReplyLanguage = z.infer<typeof replyLanguage>;

export const draftVariants = ['offer', 'public'] as const;
/** `offer`: a private resolution offer to the buyer; `public`: a constructive comment under the review. */
export const draftVariant = z.enum(draftVariants);
export type DraftVariant = z.infer<typeof draftVariant>;

const isoDate = z.iso.date();

/**
 * What the data shows about the order. Every field is optional: a draft states only what is here, so a
 * refund is mentioned only when `refundedAt` is set, a replacement only when `replacementShippedAt` is.
 */
export const orderFacts = z.object({
  id: z.string().min(1).max(128),
  product: z.string().min(1).max(200).nullable().optional(),
  orderedAt: isoDate.nullable().optional(),
  promisedAt: isoDate.nullable().optional(),
  deliveredAt: isoDate.nullable().optional(),
  refundedAt: isoDate.nullable().optional(),
  returnAcceptedAt: isoDate.nullable().optional(),
  replacementShippedAt: isoDate.nullable().optional(),
});
export type OrderFacts = z.infer<typeof orderFacts>;

/** One review to answer, with what is known around it. */
export const draftRequest = z.object({
  id: z.string().min(1).max(128),
  text: z.string().max(10_000),
  rating: z.number().int().min(1).max(5).nullable(),
  lang: replyLanguage.nullable(),
  reasons: z.array(z.enum(reasons)).nullable(),
  sellerName: z.string().min(1).max(200).nullable(),
  buyerName: z.string().min(1).max(200).nullable(),
  order: orderFacts.nullable(),
});
export type DraftRequest = z.infer<typeof draftRequest>;

export const factKinds = [
  'order_id',
  'product',
  'days_late',
  'refund_issued',
  'return_accepted',
  'replacement_shipped',
  'buyer_name',
  'seller_name',
] as const;
export type FactKind = (typeof factKinds)[number];

export const guardWarningKinds = ['blame', 'dispute', 'removal_deal', 'personal_data'] as const;
export const guardWarning = z.object({ kind: z.enum(guardWarningKinds), match: z.string() });
export type GuardWarning = z.infer<typeof guardWarning>;

export const escalationReasons = ['legal', 'fraud', 'safety'] as const;
/** Why a review goes to a person instead of getting an automatic draft. */
export const escalation = z.object({ reason: z.enum(escalationReasons), match: z.string() });
export type Escalation = z.infer<typeof escalation>;

export const draft = z.object({
  variant: draftVariant,
  lang: replyLanguage,
  text: z.string(),
  gloss: z.string(),
  glossLang: replyLanguage,
});
export type Draft = z.infer<typeof draft>;

/** Both variants for a review, or the reason it needs a person. */
export const draftResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('drafted'),
    lang: replyLanguage,
    reasons: z.array(z.enum(reasons)),
    facts: z.array(z.enum(factKinds)),
    drafts: z.array(draft),
  }),
  z.object({ status: z.literal('escalated'), lang: replyLanguage, escalations: z.array(escalation) }),
  z.object({ status: z.literal('not_negative'), lang: replyLanguage }),
]);
export type DraftResult = z.infer<typeof draftResult>;
