import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../server/db/client.ts';
import { wilson } from '../../server/domain/quality/stats.ts';
import { importFile } from '../../server/ingest/import-file.ts';
import { Ingest, noRescoring } from '../../server/ingest/ingest.ts';
import { evaluateAll } from '../../server/services/quality.ts';
import type { Flag, SellerEvaluation } from '../../shared/quality.ts';
import { writeJsonl } from '../synthetic.ts';
import { type SimulatedSeller, type SimulationPlan, simulatedEvents } from './marketplace.ts';

/** Flags that would cost a seller that did not change its catalogue place: each one is a false positive. */
export const falsePositiveFlags: readonly Flag[] = ['worsened_30d', 'worsened_90d', 'significantly_worse', 'low_365d'];

export interface Judged {
  plan: SimulationPlan;
  seller: SimulatedSeller;
  evaluation: SellerEvaluation;
}

/**
 * Writes every plan's events as a JSON Lines file, imports it with the real importer (validation included) and
 * judges each marketplace with the real full evaluation.
 */
export async function judgeSimulated(
  db: Db,
  plans: readonly SimulationPlan[],
  asOf: Date,
  seed: number,
  onPhase?: (phase: string, ms: number) => void,
): Promise<Judged[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sl-calibration-'));
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    onPhase?.(name, now - mark);
    mark = now;
  };
  try {
    const file = join(dir, 'events.jsonl');
    const events = await writeJsonl(file, allEvents(plans, asOf, seed));
    phase(`${events.toLocaleString('en')} events generated`);
    const summary = await importFile(new Ingest(db, noRescoring), file, { batchSize: 5_000 });
    if (summary.rejected) throw new Error(`calibration: the importer rejected ${summary.rejected} simulated events`);
    phase('imported');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const judged: Judged[] = [];
  for (const plan of plans) {
    const evaluations = await evaluateAll(db, { asOf, marketplace: plan.marketplace, save: false });
    const byId = new Map(evaluations.map((e) => [e.seller, e]));
    for (const seller of plan.sellers) {
      const evaluation = byId.get(seller.id);
      if (!evaluation) throw new Error(`calibration: no evaluation for ${plan.marketplace}/${seller.id}`);
      judged.push({ plan, seller, evaluation });
    }
  }
  phase('evaluated');
  return judged;
}

function* allEvents(plans: readonly SimulationPlan[], asOf: Date, seed: number) {
  for (const plan of plans) yield* simulatedEvents(plan, asOf, seed);
}

/** A stationary seller judged as if it had worsened or were worse than its peers. */
export function isFalsePositive(e: SellerEvaluation): boolean {
  return e.status === 'at_risk' || e.status === 'excluded' || e.flags.some((f) => falsePositiveFlags.includes(f));
}

/** A worsened seller found: flagged worsened and at risk. */
export const foundWorsened = (e: SellerEvaluation) =>
  e.status === 'at_risk' && (e.flags.includes('worsened_30d') || e.flags.includes('worsened_90d'));

/** A low-all-year seller found: low over the year or significantly worse than its peers. */
export const foundLow = (e: SellerEvaluation) =>
  e.flags.includes('low_365d') || e.flags.includes('significantly_worse');

export interface Tally {
  label: string;
  n: number;
  hits: number;
  rate: number;
  low: number;
  high: number;
}

export function tally(label: string, items: readonly Judged[], hit: (j: Judged) => boolean): Tally {
  const hits = items.filter(hit).length;
  const w = wilson(hits, items.length);
  return { label, n: items.length, hits, rate: w.rate ?? 0, low: w.low, high: w.high };
}

/** Seller-size bands of the report, in orders a day. */
export const sizeBands: readonly [number, number][] = [
  [0.3, 1],
  [1, 3],
  [3, 10.001],
];
export const inBand = (perDay: number, [from, to]: [number, number]) => perDay >= from && perDay < to;

/** Which flag on which metric made each false positive: what the calibration has to answer for. */
export function falsePositiveCauses(items: readonly Judged[]): Map<string, number> {
  const causes = new Map<string, number>();
  for (const { evaluation } of items) {
    if (!isFalsePositive(evaluation)) continue;
    for (const ev of evaluation.evidence) {
      if (!falsePositiveFlags.includes(ev.flag)) continue;
      const key = `${ev.flag}:${ev.metric ?? '-'}`;
      causes.set(key, (causes.get(key) ?? 0) + 1);
    }
  }
  return causes;
}
