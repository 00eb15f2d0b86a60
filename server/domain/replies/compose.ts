import type { DraftVariant, FactKind, OrderFacts } from '../../../shared/drafts.ts';
import type { Reason } from '../../../shared/reasons.ts';
import { phrasePicker } from './phrasings.ts';

/**
 * One sentence of a draft as a key of the `reply` namespace and its values, never as text: the same parts
 * render the draft in the buyer's language and the gloss in the reader's. Dates stay ISO until rendering so
 * each language writes them its own way; `free` is what the seller typed, which no key can translate.
 */
export type DraftPart =
  | { key: string; vars?: Record<string, string | number>; dates?: Record<string, string> }
  | { free: string };

/** A draft before rendering: a greeting line, body sentences, a sign-off line. */
export interface ComposedDraft {
  variant: DraftVariant;
  greeting: DraftPart;
  body: DraftPart[];
  signoff: DraftPart;
  facts: FactKind[];
}

export interface ComposeInput {
  id: string;
  reasons: Reason[];
  sellerName: string | null;
  buyerName: string | null;
  order: OrderFacts | null;
  note?: string | null;
}

const DAY_MS = 86_400_000;

/** Whole days the delivery came after the promised date, when both dates are known and it was late. */
export function daysLate(order: OrderFacts | null): number | null {
  if (!order?.promisedAt || !order.deliveredAt) return null;
  const days = Math.round((Date.parse(order.deliveredAt) - Date.parse(order.promisedAt)) / DAY_MS);
  return days > 0 ? days : null;
}

/** What the seller already did, as the order's data shows it; nothing else may be claimed. */
function doneParts(order: OrderFacts | null, facts: Set<FactKind>): DraftPart[] {
  const parts: DraftPart[] = [];
  if (order?.refundedAt) {
    parts.push({ key: 'done.refund', dates: { date: order.refundedAt } });
    facts.add('refund_issued');
  }
  if (order?.returnAcceptedAt) {
    parts.push({ key: 'done.return', dates: { date: order.returnAcceptedAt } });
    facts.add('return_accepted');
  }
  if (order?.replacementShippedAt) {
    parts.push({ key: 'done.replacement', dates: { date: order.replacementShippedAt } });
    facts.add('replacement_shipped');
  }
  return parts;
}

/** Which order the offer is about, with as much as is known (the public comment names no order). */
function contextPart(order: OrderFacts | null, facts: Set<FactKind>): DraftPart | null {
  if (!order) return null;
  facts.add('order_id');
  if (order.product) {
    facts.add('product');
    return { key: 'context.order_product', vars: { orderId: order.id, product: order.product } };
  }
  return { key: 'context.order', vars: { orderId: order.id } };
}

/**
 * Composes one variant: acknowledgement; for each reason its own explanation (no excuses); what was
 * already done; for each reason its fix; a contact channel; an invitation to update the review once it is
 * solved (never a reward, never pressure).
 */
export function composeDraft(input: ComposeInput, variant: DraftVariant): ComposedDraft {
  const pick = phrasePicker(`${input.id}\u0000${variant}`);
  const facts = new Set<FactKind>();
  const greeting: DraftPart = input.buyerName
    ? { key: `greeting.named_${pick('greeting')}`, vars: { name: input.buyerName } }
    : { key: `greeting.anon_${pick('greeting')}` };
  if (input.buyerName) facts.add('buyer_name');

  const body: DraftPart[] = [{ key: `ack.${variant}_${pick('ack')}` }];
  if (variant === 'offer') {
    const context = contextPart(input.order, facts);
    if (context) body.push(context);
  }
  const late = daysLate(input.order);
  input.reasons.forEach((reason, index) => {
    if (reason === 'delivery_late' && late !== null) {
      body.push({ key: 'reason.delivery_late.late_days', vars: { count: late } });
      facts.add('days_late');
    } else {
      body.push({ key: `reason.${reason}.explain_${pick('explain', index)}` });
    }
  });
  body.push(...doneParts(input.order, facts));
  for (const reason of input.reasons) body.push({ key: `reason.${reason}.fix_${variant}` });
  if (input.note?.trim()) body.push({ free: input.note.trim() });
  body.push({ key: `contact.${variant}_${pick('contact')}` });
  body.push({ key: `invite.${variant}_${pick('invite')}` });

  const signoff: DraftPart = input.sellerName
    ? { key: `signoff.named_${pick('signoff')}`, vars: { seller: input.sellerName } }
    : { key: `signoff.anon_${pick('signoff')}` };
  if (input.sellerName) facts.add('seller_name');
  return { variant, greeting, body, signoff, facts: [...facts] };
}
