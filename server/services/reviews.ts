import type { Component, Reason } from '../../shared/reasons.ts';
import { audit } from '../db/audit.ts';
import type { Db } from '../db/client.ts';
import { correctLabels, reasonGroups, recentPositives, reviewOwner, unresolvedNegatives } from '../db/reviews.ts';
import { sellerTie } from '../db/users.ts';
import { type Caller, maySeeSeller, type SellerRef } from '../domain/access.ts';
import { NotFoundError } from '../domain/errors.ts';
import { fakeReviewSignals } from '../domain/reviews/fake-signals.ts';
import type { Rescorer } from '../ingest/ingest.ts';
import { policyOf } from './quality.ts';

const DAY = 86_400_000;

export const sellerReasonGroups = (db: Db, seller: SellerRef, now: Date) => reasonGroups(db, seller, now);

/** Unresolved negatives, oldest first, with age and the deadline the marketplace's policy gives. */
export async function sellerUnresolved(db: Db, seller: SellerRef, now: Date) {
  const policy = await policyOf(db, seller.marketplace);
  return unresolvedNegatives(db, seller, now, policy.unresolvedNegativeDays);
}

/** Fake-review signals over the last 90 days, with the reviews behind each: for moderators to judge. */
export async function sellerFakeSignals(db: Db, seller: SellerRef, now: Date) {
  const positives = await recentPositives(db, seller, new Date(now.getTime() - 90 * DAY));
  return { positives: positives.length, signals: fakeReviewSignals(positives) };
}

export interface LabelCorrection {
  marketplace: string;
  review: string;
  reasons: Reason[];
  component: Component | null;
  sentiment: 'negative' | 'mixed' | 'positive' | null;
}

/**
 * A person corrects a review's labels; the correction is kept, wins over the model, is audited, and the
 * seller is re-scored (a reason can move the defect rate). A review the caller may not see answers as a
 * missing one, so nobody learns which review ids exist.
 */
export async function correctReviewLabels(db: Db, rescorer: Rescorer, actor: Caller, c: LabelCorrection) {
  const seller = await reviewOwner(db, c.marketplace, c.review);
  const target = seller ? { marketplace: c.marketplace, seller } : null;
  if (!target || !maySeeSeller(actor, target, await sellerTie(db, actor, target))) {
    throw new NotFoundError(`review: no review ${c.review}`);
  }
  await db.transaction(async (tx) => {
    const store = tx as unknown as Db;
    await correctLabels(store, { ...c, seller: target.seller, by: actor.id });
    await audit(store, {
      ...target,
      actor: actor.id,
      action: 'review.labels_corrected',
      subject: c.review,
      details: { reasons: c.reasons, component: c.component, sentiment: c.sentiment },
    });
  });
  await rescorer.sellersChanged(new Map([[target.marketplace, new Set([target.seller])]]));
  return { review: c.review, reasons: c.reasons, component: c.component, sentiment: c.sentiment };
}
