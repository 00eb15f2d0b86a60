import { gzipSync } from 'node:zlib';
import { computeOffer } from '../server/domain/claims/offer.ts';
import { widgetBundle } from '../server/widget/bundle.ts';
import { problemTypes } from '../shared/claims.ts';
import { resolvePolicy } from '../shared/policies/index.ts';
import { widgetResources } from '../shared/widget-locales.ts';

/**
 * `npm run bench:claims`: the offer engine's time per offer (target ≤ 1 ms) against a baseline measured in the
 * same run (the bare refund arithmetic, no alternatives, no time limits), and the widget's gzipped sizes
 * (targets: loader ≤ 5 KB, loader + panel + one locale ≤ 30 KB).
 */
const policy = resolvePolicy('backmarket').claims;
const n = 200_000;
const delivered = new Date('2026-03-02T10:00:00Z');
const facts = Array.from({ length: n }, (_, i) => ({
  problem: problemTypes[i % problemTypes.length] ?? 'other',
  price: 1_000 + ((i * 7919) % 5_000_000),
  deliveredAt: i % 17 === 0 ? null : delivered,
  reportedAt: new Date(delivered.getTime() + (i % 10) * 86_400_000),
}));

function measure(work: () => number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    const sink = work();
    best = Math.min(best, performance.now() - started);
    if (sink < 0) console.log(sink);
  }
  return best;
}

const engine = measure(() => {
  let sum = 0;
  for (const f of facts) sum += computeOffer(f, policy).proposedRefund ?? 0;
  return sum;
});
const baseline = measure(() => {
  let sum = 0;
  for (const f of facts) sum += Math.floor((f.price * Math.round(policy.severity[f.problem] * 10_000)) / 10_000);
  return sum;
});
const perOffer = (engine / n) * 1000;
console.log(
  `offer engine: ${perOffer.toFixed(2)} µs per offer (target ≤ 1000 µs); ${(engine / baseline).toFixed(1)}× the bare refund arithmetic (${((baseline / n) * 1000).toFixed(3)} µs)`,
);

const bundle = await widgetBundle();
const loader = gzipSync(bundle.loader).length;
const panel = gzipSync(bundle.panel).length;
const locale = Math.max(...Object.values(widgetResources).map((r) => gzipSync(JSON.stringify(r)).length));
console.log(
  `widget gzipped: loader ${loader} B (target ≤ 5120), panel ${panel} B, largest locale ${locale} B; whole widget ${loader + panel + locale} B (target ≤ 30720)`,
);
