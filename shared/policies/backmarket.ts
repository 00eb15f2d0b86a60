import { backmarketClaims } from './claims.ts';
import { generic } from './generic.ts';
import type { Policy } from './schema.ts';

/**
 * Back Market (seed 000): three axes (technical quality, delivery, after-sales), and new sellers watched
 * closely in a trial period with mystery-shopper orders.
 */
export const backmarket: Policy = {
  ...generic,
  id: 'backmarket',
  thresholds: { ...generic.thresholds, defectRate: 0.03 },
  trial: { days: 90, maxContactsPerOrder: 0.3, minMysteryShopScore: 75 },
  claims: backmarketClaims,
};
