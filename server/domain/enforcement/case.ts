import type { Policy } from '../../../shared/policies/index.ts';
import { InvalidRequestError } from '../errors.ts';

/**
 * Catalogue exclusion (seed 002, Prom.ua): at_risk → excluded → re_review_due (day 14) → reinstated |
 * extended (+14 days, then due again). Exclusion lasts at least `minDays` even if the seller improves
 * earlier; a seller's letter is answered within `letterAnswerDays`. Pure: the caller stores the result.
 */
export const caseStates = ['at_risk', 'excluded', 're_review_due', 'extended', 'reinstated', 'dismissed'] as const;
export type CaseState = (typeof caseStates)[number];

export interface EnforcementCase {
  id: string;
  state: CaseState;
  rule: string | null;
  openedAt: Date;
  excludedAt: Date | null;
  reReviewDueAt: Date | null;
  letterReceivedAt: Date | null;
  letterAnswerDueAt: Date | null;
  closedAt: Date | null;
  decision: string | null;
  decisionReason: string | null;
  decidedBy: string | null;
}

/** A transition the case's state does not allow (e.g. deciding before the re-review day). */
export class EnforcementError extends InvalidRequestError {}

const DAY = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

export const isOpen = (c: Pick<EnforcementCase, 'state'>) => c.state !== 'reinstated' && c.state !== 'dismissed';

/** The state as of `now`: an exclusion whose re-review day has come is due for re-review. */
export function effectiveState(c: EnforcementCase, now: Date): CaseState {
  if ((c.state === 'excluded' || c.state === 'extended') && c.reReviewDueAt && now >= c.reReviewDueAt)
    return 're_review_due';
  return c.state;
}

export function openCase(id: string, rule: string | null, now: Date): EnforcementCase {
  return {
    id,
    state: 'at_risk',
    rule,
    openedAt: now,
    excludedAt: null,
    reReviewDueAt: null,
    letterReceivedAt: null,
    letterAnswerDueAt: null,
    closedAt: null,
    decision: null,
    decisionReason: null,
    decidedBy: null,
  };
}

export function exclude(
  c: EnforcementCase,
  now: Date,
  policy: Policy,
  moderator: string,
  reason: string,
): EnforcementCase {
  if (c.state !== 'at_risk')
    throw new EnforcementError(`state: only an at-risk seller can be excluded (case is ${c.state})`);
  if (!policy.exclusion.enabled) throw new EnforcementError(`policy: ${policy.id} has no catalogue exclusion`);
  return {
    ...c,
    state: 'excluded',
    excludedAt: now,
    reReviewDueAt: addDays(now, policy.exclusion.reReviewDay),
    decision: 'exclude',
    decisionReason: reason,
    decidedBy: moderator,
  };
}

export function dismiss(c: EnforcementCase, now: Date, moderator: string, reason: string): EnforcementCase {
  if (c.state !== 'at_risk')
    throw new EnforcementError(`state: only an at-risk case can be dismissed (case is ${c.state})`);
  return { ...c, state: 'dismissed', closedAt: now, decision: 'dismiss', decisionReason: reason, decidedBy: moderator };
}

/** The re-review decision: reinstate (not before the minimum exclusion) or extend by `extendDays`. */
export function decide(
  c: EnforcementCase,
  decision: 'reinstate' | 'extend',
  now: Date,
  policy: Policy,
  moderator: string,
  reason: string,
): EnforcementCase {
  const state = effectiveState(c, now);
  if (!c.excludedAt || !['excluded', 'extended', 're_review_due'].includes(state)) {
    throw new EnforcementError(`state: the seller is not excluded (case is ${state})`);
  }
  if (decision === 'reinstate') {
    const earliest = addDays(c.excludedAt, policy.exclusion.minDays);
    if (now < earliest) {
      throw new EnforcementError(
        `decision: exclusion lasts at least ${policy.exclusion.minDays} days (until ${earliest.toISOString().slice(0, 10)})`,
      );
    }
    return { ...c, state: 'reinstated', closedAt: now, decision, decisionReason: reason, decidedBy: moderator };
  }
  const from = c.reReviewDueAt && c.reReviewDueAt > now ? c.reReviewDueAt : now;
  return {
    ...c,
    state: 'extended',
    reReviewDueAt: addDays(from, policy.exclusion.extendDays),
    decision,
    decisionReason: reason,
    decidedBy: moderator,
  };
}

/** A seller's "Problem – Solution" letter: the marketplace answers within `letterAnswerDays`. */
export function receiveLetter(c: EnforcementCase, now: Date, policy: Policy): EnforcementCase {
  if (!isOpen(c)) throw new EnforcementError(`state: the case is closed (${c.state})`);
  return { ...c, letterReceivedAt: now, letterAnswerDueAt: addDays(now, policy.exclusion.letterAnswerDays) };
}
