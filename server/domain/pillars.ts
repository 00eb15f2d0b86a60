import { type Pillar, pillarOf, pillars, type Reason, reasons } from '../../shared/reasons.ts';

export interface PillarSummary {
  pillar: Pillar;
  /** Negative reviews naming a reason of this pillar (a review with two reasons counts for each). */
  negatives: number;
  share: number;
  reasons: { reason: Reason; count: number }[];
}

/** A seller's negatives summarised per Six-Pillars pillar (seed 001), largest first. */
export function summarisePillars(byReason: ReadonlyMap<string, number>): PillarSummary[] {
  const labelled = [...byReason.values()].reduce((a, b) => a + b, 0);
  const summaries = pillars.map((pillar) => {
    const inPillar = reasons
      .filter((r) => pillarOf[r] === pillar)
      .map((reason) => ({ reason, count: byReason.get(reason) ?? 0 }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count);
    const negatives = inPillar.reduce((sum, r) => sum + r.count, 0);
    return {
      pillar,
      negatives,
      share: labelled ? Math.round((negatives / labelled) * 1000) / 1000 : 0,
      reasons: inPillar,
    };
  });
  return summaries.sort((a, b) => b.negatives - a.negatives || pillars.indexOf(a.pillar) - pillars.indexOf(b.pillar));
}
