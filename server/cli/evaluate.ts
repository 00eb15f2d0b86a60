import type { TFunction } from 'i18next';
import { createI18n } from '../../shared/i18n.ts';
import { describePathStep } from '../../shared/path-to-green.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';
import { openDatabase } from '../db/client.ts';
import { databaseConfig, readEnv } from '../env.ts';
import { evaluateAll } from '../services/quality.ts';
import { formatDay, type ParsedArgs, startOfUtcDay } from './command.ts';
import type { evaluateDefinition } from './definitions.ts';
import { counted } from './plural.ts';

/** `evaluate`: scores every seller (or one marketplace's) as of a day, against the current database. */
export async function evaluateCommand({ options }: ParsedArgs<typeof evaluateDefinition>): Promise<number> {
  const day = options['as-of'] ?? startOfUtcDay(new Date());
  const asOfText = formatDay(day);
  // The day's evaluation covers the whole of that day.
  const asOf = new Date(day.getTime() + 86_400_000);
  const i18n = createI18n(options.lang);
  const t = i18n.t;
  const locale = i18n.language;
  const env = readEnv();
  const database = await openDatabase(databaseConfig(env));
  try {
    const started = performance.now();
    const evaluations = await evaluateAll(database.db, { asOf, marketplace: options.marketplace });
    if (options.json) {
      for (const e of evaluations) process.stdout.write(`${JSON.stringify(jsonLine(e, asOfText, t, locale))}\n`);
    } else {
      printTable(evaluations);
      const ms = Math.round(performance.now() - started);
      console.error(`${counted(evaluations.length, 'seller', 'sellers')} evaluated in ${ms} ms`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

function jsonLine(e: SellerEvaluation, asOf: string, t: TFunction, locale: string) {
  const axis = (a: SellerEvaluation['axes']['technical']) => ({
    score: a.score,
    metric: a.metric,
    rate: a.rate,
    low: a.low,
    high: a.high,
    n: a.n,
    percentile: a.percentile,
  });
  return {
    marketplace: e.marketplace,
    seller: e.seller,
    asOf,
    status: e.status,
    rule: e.rule,
    flags: e.flags,
    axes: { technical: axis(e.axes.technical), delivery: axis(e.axes.delivery), afterSales: axis(e.axes.afterSales) },
    rating: e.rating,
    nps: e.nps,
    unresolvedNegatives: e.unresolvedNegatives,
    clusters: e.clusters.map((c) => ({
      model: c.model,
      component: c.component,
      count: c.count,
      rate: c.rate,
      action: c.action,
    })),
    pathToGreen: e.pathToGreen.map((step) => describeStep(step, t, locale)),
  };
}

/** A path-to-green step as a sentence in the reader's locale. */
export function describeStep(step: SellerEvaluation['pathToGreen'][number], t: TFunction, locale: string): string {
  return describePathStep(step, t, locale);
}

function printTable(evaluations: SellerEvaluation[]): void {
  const order = { excluded: 0, at_risk: 1, watch: 2, trial: 3, ok: 4 } as const;
  const sorted = [...evaluations].sort((a, b) => order[a.status] - order[b.status] || a.seller.localeCompare(b.seller));
  console.log(`${'seller'.padEnd(16)} ${'status'.padEnd(9)} ${'rule'.padEnd(30)} tech deliv after  rating unresolved`);
  for (const e of sorted) {
    const s = (n: number | null) => String(n ?? '–').padStart(4);
    console.log(
      `${e.seller.padEnd(16)} ${e.status.padEnd(9)} ${(e.rule ?? '').padEnd(30)} ${s(e.axes.technical.score)} ${s(e.axes.delivery.score)}  ${s(e.axes.afterSales.score)}  ${String(e.rating ?? '–').padStart(6)} ${String(e.unresolvedNegatives).padStart(10)}`,
    );
  }
}
