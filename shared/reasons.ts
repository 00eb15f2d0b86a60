/**
 * The review reason taxonomy (multi-label; positive reviews have none), the product components a
 * `defective_item` can name, and the Six Pillars of CX each reason belongs to (seed 001).
 */

export const reasons = [
  'out_of_stock',
  'price_changed',
  'no_response_to_order',
  'slow_communication',
  'delivery_late',
  'delivery_cost',
  'wrong_item',
  'damaged_item',
  'defective_item',
  'description_mismatch',
  'rude_service',
  'refund_problem',
  'other',
] as const;
export type Reason = (typeof reasons)[number];

export const components = ['battery', 'screen', 'charger', 'camera', 'speaker', 'keyboard', 'other'] as const;
export type Component = (typeof components)[number];

export const pillars = [
  'personalisation',
  'integrity',
  'expectations',
  'resolution',
  'time_and_effort',
  'empathy',
] as const;
export type Pillar = (typeof pillars)[number];

/**
 * Which pillar a reason breaks. Integrity: what the shop showed was not true (stock, price,
 * description). Expectations: the order did not arrive as promised (late, extra cost, wrong, damaged,
 * faulty). Time and effort: the buyer had to chase the shop. Resolution: putting things right failed.
 * Empathy: the buyer was treated without care. Personalisation: everything else about being treated as
 * an individual (the catch-all `other`).
 */
export const pillarOf: Record<Reason, Pillar> = {
  out_of_stock: 'integrity',
  price_changed: 'integrity',
  description_mismatch: 'integrity',
  no_response_to_order: 'time_and_effort',
  slow_communication: 'time_and_effort',
  delivery_late: 'expectations',
  delivery_cost: 'expectations',
  wrong_item: 'expectations',
  damaged_item: 'expectations',
  defective_item: 'expectations',
  refund_problem: 'resolution',
  rude_service: 'empathy',
  other: 'personalisation',
};

/** Reasons that count towards the technical (product quality) defect rate. */
export const productQualityReasons: readonly Reason[] = [
  'defective_item',
  'damaged_item',
  'wrong_item',
  'description_mismatch',
];

export function isReason(value: string): value is Reason {
  return (reasons as readonly string[]).includes(value);
}

export function isComponent(value: string): value is Component {
  return (components as readonly string[]).includes(value);
}
