import { z } from 'zod';

/**
 * Lele & Sheth's after-sales strategies (seed 004), chosen by the cost of repair (to bring the product back
 * to working order) and the cost of failure (what the buyer loses while it does not work), each rated 0–1
 * relative to the product's price.
 */
export const afterSalesStrategies = ['disposable', 'repairable', 'quick_response', 'never_fail'] as const;
export type AfterSalesStrategy = (typeof afterSalesStrategies)[number];

export const costProfile = z.object({
  repairCost: z.number().min(0).max(1),
  failureCost: z.number().min(0).max(1),
});
export type CostProfile = z.infer<typeof costProfile>;

const HIGH = 0.5;

/** The quadrant: cheap to repair and to fail → replace; costly repair → repair channel; costly failure → speed; both → prevention. */
export function strategyFor(p: CostProfile): AfterSalesStrategy {
  const costlyRepair = p.repairCost >= HIGH;
  const costlyFailure = p.failureCost >= HIGH;
  if (costlyRepair && costlyFailure) return 'never_fail';
  if (costlyFailure) return 'quick_response';
  if (costlyRepair) return 'repairable';
  return 'disposable';
}

/** Defaults per product category; a seller can set its own for any category. */
export const defaultCostProfiles: Record<string, CostProfile> = {
  phones: { repairCost: 0.6, failureCost: 0.4 },
  laptops: { repairCost: 0.7, failureCost: 0.7 },
  tablets: { repairCost: 0.6, failureCost: 0.3 },
  audio: { repairCost: 0.3, failureCost: 0.2 },
  headphones: { repairCost: 0.3, failureCost: 0.2 },
  accessories: { repairCost: 0.1, failureCost: 0.1 },
  home: { repairCost: 0.2, failureCost: 0.2 },
  appliances: { repairCost: 0.5, failureCost: 0.6 },
  networking: { repairCost: 0.3, failureCost: 0.8 },
  tools: { repairCost: 0.4, failureCost: 0.6 },
  medical: { repairCost: 0.8, failureCost: 0.9 },
};

/** Anything else: a middling durable good. */
export const fallbackCostProfile: CostProfile = { repairCost: 0.5, failureCost: 0.3 };

export function defaultProfileFor(category: string): CostProfile {
  return defaultCostProfiles[category.toLowerCase()] ?? fallbackCostProfile;
}
