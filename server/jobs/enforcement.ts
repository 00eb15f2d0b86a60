import type { Policy } from '../../shared/policies/index.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';
import { newId } from '../auth/tokens.ts';
import type { Db } from '../db/client.ts';
import { checklistFacts, insertCases, openCases, type StoredCase } from '../db/enforcement.ts';
import { sellerCounts } from '../db/quality/counts.ts';
import { openCase } from '../domain/enforcement/case.ts';
import { type ChecklistResult, evaluateChecklist } from '../domain/enforcement/checklist.ts';
import { metrics } from '../domain/quality/metrics.ts';

const DAY = 86_400_000;

/** Opens a case for each seller newly at risk under a policy with catalogue exclusion. */
export async function openCasesForAtRisk(
  db: Db,
  policy: Policy,
  evaluations: readonly SellerEvaluation[],
  now: Date,
): Promise<number> {
  if (!policy.exclusion.enabled) return 0;
  const atRisk = evaluations.filter((e) => e.status === 'at_risk');
  if (atRisk.length === 0) return 0;
  const marketplace = atRisk[0]?.marketplace ?? '';
  const open = new Set((await openCases(db, marketplace)).map((c) => c.seller));
  const fresh = atRisk
    .filter((e) => !open.has(e.seller))
    .map((e) => ({
      marketplace: e.marketplace,
      seller: e.seller,
      case: openCase(newId('case'), e.rule, now),
      metric: e.evidence.find((x) => x.flag === e.rule)?.metric ?? null,
    }));
  await insertCases(db, fresh);
  return fresh.length;
}

/** The six reinstatement checks for an excluded seller, with evidence, as of `now`. */
export async function caseChecklist(db: Db, c: StoredCase, policy: Policy, now: Date): Promise<ChecklistResult[]> {
  const excludedAt = c.excludedAt ?? c.openedAt;
  const definition = metrics.find((m) => m.id === c.metric);
  let ruleRate = null;
  if (definition) {
    const sinceDays = Math.max(1, Math.ceil((now.getTime() - excludedAt.getTime()) / DAY));
    const common = {
      marketplace: c.marketplace,
      resolutionDays: policy.unresolvedNegativeDays,
      sellers: [c.seller],
      medianWindows: [],
    };
    const [before] = await sellerCounts(db, { ...common, asOf: excludedAt, windows: [90] });
    const [since] = await sellerCounts(db, { ...common, asOf: now, windows: [sinceDays] });
    const beforeCounts = before?.windows.get(90);
    const sinceCounts = since?.windows.get(sinceDays);
    if (beforeCounts && sinceCounts)
      ruleRate = { before: definition.count(beforeCounts), since: definition.count(sinceCounts) };
  }
  return evaluateChecklist(await checklistFacts(db, c, now, ruleRate));
}
