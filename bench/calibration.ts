import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/db/client.ts';
import { type PlanOptions, planMarketplace } from './calibration/marketplace.ts';
import {
  falsePositiveCauses,
  foundLow,
  foundWorsened,
  inBand,
  isFalsePositive,
  type Judged,
  judgeSimulated,
  sizeBands,
  type Tally,
  tally,
} from './calibration/run.ts';

/**
 * `npm run bench:calibration [-- --stationary 300] [--seed 1] [--per-cell 6]`: simulated marketplaces (one per
 * shipped policy) of sellers whose true rates are known, stored through the importer and judged by the full
 * evaluation on PGlite; prints the false-positive rate of stationary sellers and the power on worsened and
 * low-all-year sellers, by seller size and effect size, each with its 95% Wilson interval.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: expected a number, not "${args[i + 1]}"`);
  return value;
};
const seed = option('seed', 1);
const stationary = option('stationary', 300);
const perCell = option('per-cell', 6);
const asOf = new Date('2026-11-24T00:00:00Z');

const policies = ['prom', 'backmarket', 'generic'] as const;
const common: Omit<PlanOptions, 'marketplace' | 'policy' | 'seed'> = {
  stationary,
  worsenedPerCell: perCell,
  effects: [1.5, 2, 2.5, 4],
  onsets: [30, 60],
  worsenedSizes: [1, 3, 6],
  lowPerSize: perCell,
  lowSizes: [0.75, 1.5, 3, 6],
};
const plans = policies.map((policy) => planMarketplace({ ...common, marketplace: `cal-${policy}`, policy, seed }));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (t: Tally) =>
  `| ${t.label.padEnd(44)} | ${String(t.n).padStart(5)} | ${String(t.hits).padStart(4)} | ${pct(t.rate)} | ${pct(t.low)} – ${pct(t.high)} |`;
const header = (title: string) =>
  `\n| ${title.padEnd(44)} |     n | hits |   rate | 95% interval    |\n| --- | ---: | ---: | ---: | --- |`;

function report(judged: Judged[]): void {
  const of = (kind: string) => judged.filter((j) => j.seller.kind === kind);
  const still = of('stationary');
  const fp = (j: Judged) => isFalsePositive(j.evaluation);
  console.log(header('stationary sellers: false positives'));
  console.log(row(tally('all policies, all sizes', still, fp)));
  for (const policy of policies)
    console.log(
      row(
        tally(
          `  ${policy}`,
          still.filter((j) => j.plan.policy === policy),
          fp,
        ),
      ),
    );
  for (const band of sizeBands) {
    const label = `  ${band[0]}–${Math.round(band[1])} orders a day`;
    console.log(
      row(
        tally(
          label,
          still.filter((j) => inBand(j.seller.perDay, band)),
          fp,
        ),
      ),
    );
  }
  for (const level of [...new Set(still.map((j) => j.seller.level))]) {
    console.log(
      row(
        tally(
          `  level ×${level} of the base rates`,
          still.filter((j) => j.seller.level === level),
          fp,
        ),
      ),
    );
  }
  const causes = [...falsePositiveCauses(still)].sort((a, b) => b[1] - a[1]);
  console.log(`\nfalse positives by flag and metric: ${causes.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);

  const worsened = of('worsened');
  console.log(header('worsened sellers: flagged worsened and at risk'));
  const effects = [...new Set(worsened.map((j) => j.seller.effect))];
  const onsets = [...new Set(worsened.map((j) => j.seller.onsetDays))];
  const sizes = [...new Set(worsened.map((j) => j.seller.perDay))];
  for (const effect of effects) {
    for (const onset of onsets) {
      for (const size of sizes) {
        const cell = worsened.filter(
          (j) => j.seller.effect === effect && j.seller.onsetDays === onset && j.seller.perDay === size,
        );
        const found = (j: Judged) => foundWorsened(j.evaluation);
        console.log(row(tally(`×${effect} for the last ${onset} days, ${size} orders a day`, cell, found)));
      }
    }
  }
  const low = of('low');
  console.log(header('low all year (×3): low_365d or significantly_worse'));
  for (const size of [...new Set(low.map((j) => j.seller.perDay))]) {
    const cell = low.filter((j) => j.seller.perDay === size);
    console.log(row(tally(`×3 all year, ${size} orders a day`, cell, (j) => foundLow(j.evaluation))));
  }
}

const started = performance.now();
const dataDir = mkdtempSync(join(tmpdir(), 'sl-calibration-db-'));
const database = await openDatabase({ dataDir });
try {
  const sellers = plans.reduce((sum, p) => sum + p.sellers.length, 0);
  console.log(`seed ${seed}: ${sellers} sellers in ${plans.length} marketplaces (${policies.join(', ')})`);
  const judged = await judgeSimulated(database.db, plans, asOf, seed, (phase, ms) =>
    console.log(`  ${phase} in ${(ms / 1000).toFixed(1)} s`),
  );
  report(judged);
  console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s in all`);
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
