import type { Policy } from '../../shared/policies/index.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';
import { newId } from '../auth/tokens.ts';
import { audit } from '../db/audit.ts';
import type { Db } from '../db/client.ts';
import {
  caseById,
  casesOf,
  checklistFacts,
  insertCases,
  openCaseFor,
  openCases,
  type StoredCase,
  updateCase,
} from '../db/enforcement.ts';
import { sellerCounts } from '../db/quality/counts.ts';
import type { Caller, SellerRef } from '../domain/access.ts';
import {
  decide,
  dismiss,
  type EnforcementCase,
  effectiveState,
  exclude,
  openCase,
  receiveLetter,
} from '../domain/enforcement/case.ts';
import { type ChecklistResult, evaluateChecklist } from '../domain/enforcement/checklist.ts';
import { NotFoundError } from '../domain/errors.ts';
import { metrics } from '../domain/quality/metrics.ts';
import { policyOf } from './quality.ts';

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

/** A case as callers see it: its state as of `now` (an exclusion past its re-review day is due). */
export function caseView(c: StoredCase, now: Date) {
  return { ...c, state: effectiveState(c, now) };
}

/** The case a moderator acts on: NOT_FOUND when it does not exist or belongs to another marketplace. */
export async function caseFor(db: Db, caller: Caller, caseId: string): Promise<StoredCase> {
  const c = await caseById(db, caseId);
  if (!c || (caller.role === 'moderator' && caller.marketplaceId !== c.marketplace)) {
    throw new NotFoundError(`caseId: no case ${caseId}`);
  }
  return c;
}

type Transition = (policy: Policy, now: Date) => EnforcementCase;

/** Runs a state change (the domain refuses an impossible one), stores it and audits the decision. */
async function transition(
  db: Db,
  actor: Caller,
  c: StoredCase,
  action: string,
  change: Transition,
  details: Record<string, unknown>,
) {
  const now = new Date();
  const next = change(await policyOf(db, c.marketplace), now);
  await db.transaction(async (tx) => {
    const store = tx as unknown as Db;
    await updateCase(store, next);
    await audit(store, {
      marketplace: c.marketplace,
      seller: c.seller,
      actor: actor.id,
      action,
      subject: c.id,
      details,
    });
  });
  return caseView({ ...c, ...next }, now);
}

export async function excludeSeller(db: Db, actor: Caller, caseId: string, reason: string) {
  const c = await caseFor(db, actor, caseId);
  return transition(db, actor, c, 'enforcement.exclude', (policy, now) => exclude(c, now, policy, actor.id, reason), {
    reason,
  });
}

export async function dismissCase(db: Db, actor: Caller, caseId: string, reason: string) {
  const c = await caseFor(db, actor, caseId);
  return transition(db, actor, c, 'enforcement.dismiss', (_policy, now) => dismiss(c, now, actor.id, reason), {
    reason,
  });
}

/** The re-review decision, with the checklist as it stood, recorded in the audit log. */
export async function decideReReview(
  db: Db,
  actor: Caller,
  input: { caseId: string; decision: 'reinstate' | 'extend'; reason: string },
) {
  const c = await caseFor(db, actor, input.caseId);
  const checklist = await caseChecklist(db, c, await policyOf(db, c.marketplace), new Date());
  return transition(
    db,
    actor,
    c,
    `enforcement.${input.decision}`,
    (policy, now) => decide(c, input.decision, now, policy, actor.id, input.reason),
    { reason: input.reason, checklist: checklist.map((i) => ({ item: i.item, passed: i.passed })) },
  );
}

/** The seller's "Problem – Solution" letter arrived: the 14-day answer deadline starts. */
export async function letterReceived(db: Db, actor: Caller, seller: SellerRef) {
  const c = await openCaseFor(db, seller.marketplace, seller.seller);
  if (!c) throw new NotFoundError('seller: no open enforcement case');
  return transition(db, actor, c, 'enforcement.letter_received', (policy, now) => receiveLetter(c, now, policy), {});
}

/** The seller's open case with its checklist once excluded, and its earlier cases. */
export async function sellerCase(db: Db, seller: SellerRef, now: Date) {
  const current = await openCaseFor(db, seller.marketplace, seller.seller);
  const checklist = current?.excludedAt
    ? await caseChecklist(db, current, await policyOf(db, seller.marketplace), now)
    : null;
  const history = await casesOf(db, seller.marketplace, seller.seller);
  return { current: current ? caseView(current, now) : null, checklist, history: history.map((c) => caseView(c, now)) };
}

/** Open cases of the moderator's marketplace (every one for an admin), re-review due first. */
export async function caseQueue(db: Db, caller: Caller, now: Date) {
  const cases = await openCases(db, caller.role === 'moderator' ? caller.marketplaceId : null);
  return cases.map((c) => caseView(c, now));
}
