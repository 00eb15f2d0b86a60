import { generic } from './generic.ts';
import type { Policy } from './schema.ts';

/**
 * Prom.ua (seed 002): a seller is excluded from the catalogue when its service worsened over the last
 * 1–3 months or is low over the year, compared with all other sellers; at least 14 days, re-review on day 14,
 * a seller's letter answered within 14 days.
 */
export const prom: Policy = {
  ...generic,
  id: 'prom',
  exclusion: { enabled: true, minDays: 14, reReviewDay: 14, extendDays: 14, letterAnswerDays: 14 },
};
