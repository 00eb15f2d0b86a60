import { getOrCreate } from '../../../shared/maps.ts';
import type { DefectCluster } from '../../../shared/quality.ts';
import { worseThanBaselineP } from './stats.ts';

/** Defects of one model × component, recent (90 days) and in the seller's earlier baseline. */
export interface ModelComponentCounts {
  seller: string;
  model: string;
  component: string;
  recentDefects: number;
  recentUnits: number;
  baselineDefects: number;
  baselineUnits: number;
  returnIds: string[];
}

export const MIN_CLUSTER_DEFECTS = 3;
const P_VALUE = 0.01;
/** A tenth of the units failing the same way is systematic: a supplier problem, not a testing gap. */
const SUPPLIER_SHARE = 0.1;

/**
 * A defect cluster (seed 000): at least three defects of one model × component in 90 days, at a rate
 * significantly above the seller's own baseline for that model.
 */
export function findClusters(rows: readonly ModelComponentCounts[]): Map<string, DefectCluster[]> {
  const bySeller = new Map<string, DefectCluster[]>();
  for (const row of rows) {
    if (row.recentDefects < MIN_CLUSTER_DEFECTS || row.recentUnits === 0) continue;
    const p = worseThanBaselineP(
      row.recentDefects,
      row.recentUnits,
      row.baselineDefects,
      Math.max(row.baselineUnits, 1),
    );
    if (p >= P_VALUE) continue;
    const rate = row.recentDefects / row.recentUnits;
    const cluster: DefectCluster = {
      model: row.model,
      component: row.component,
      count: row.recentDefects,
      units: row.recentUnits,
      rate: Math.round(rate * 1000) / 1000,
      baselineRate: row.baselineUnits ? Math.round((row.baselineDefects / row.baselineUnits) * 1000) / 1000 : null,
      p,
      action: rate >= SUPPLIER_SHARE ? 'change_supplier' : 'test_before_shipping',
      returnIds: row.returnIds.slice(0, 50),
    };
    getOrCreate(bySeller, row.seller, () => [] as DefectCluster[]).push(cluster);
  }
  for (const list of bySeller.values()) list.sort((a, b) => b.count - a.count);
  return bySeller;
}
