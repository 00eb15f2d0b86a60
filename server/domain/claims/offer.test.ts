import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMinor, problemTypes, toMinor } from '../../../shared/claims.ts';
import { type ClaimsPolicy, claimsPolicySchema, genericClaims } from '../../../shared/policies/claims.ts';
import { businessDeadline } from './business-days.ts';
import { instalmentsFor } from './instalments.ts';
import { alternativeCost, computeOffer, maxItemPrice } from './offer.ts';

const share = fc.double({ min: 0, max: 1, noNaN: true });
const amount = fc.integer({ min: 0, max: 10_000_000 });
const policyArb: fc.Arbitrary<ClaimsPolicy> = fc.record({
  shippingPerLeg: amount,
  handling: amount,
  resaleShare: share,
  repairShare: share,
  severity: fc.record(
    Object.fromEntries(problemTypes.map((p) => [p, share])) as Record<(typeof problemTypes)[number], typeof share>,
  ),
  reportWithinBusinessDays: fc.record(
    Object.fromEntries(problemTypes.map((p) => [p, fc.integer({ min: 1, max: 60 })])) as Record<
      (typeof problemTypes)[number],
      fc.Arbitrary<number>
    >,
  ),
  returnWithinDays: fc.integer({ min: 1, max: 365 }),
  instalments: fc.record({
    enabled: fc.boolean(),
    minOrderTotal: amount,
    months: fc.uniqueArray(fc.integer({ min: 2, max: 36 }), { minLength: 1, maxLength: 6 }),
  }),
});
const day = 86_400_000;
const factsArb = fc.record({
  problem: fc.constantFrom(...problemTypes),
  price: fc.integer({ min: 0, max: maxItemPrice }),
  deliveredAt: fc.option(fc.date({ min: new Date('2024-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })),
  after: fc.integer({ min: 0, max: 60 * day }),
});
type RawFacts = { problem: (typeof problemTypes)[number]; price: number; deliveredAt: Date | null; after: number };
const toFacts = ({ after, ...f }: RawFacts) => ({
  ...f,
  reportedAt: new Date((f.deliveredAt ?? new Date('2026-01-01')).getTime() + after),
});

describe('offer engine', () => {
  it('never proposes more than the cheapest alternative costs the seller, nor more than the price', () => {
    fc.assert(
      fc.property(factsArb, policyArb, (raw, policy) => {
        expect(claimsPolicySchema.safeParse(policy).success).toBe(true);
        const offer = computeOffer(toFacts(raw), policy);
        if (offer.proposedRefund === null) return;
        expect(Number.isSafeInteger(offer.proposedRefund)).toBe(true);
        expect(offer.proposedRefund).toBeLessThanOrEqual(raw.price);
        const alternatives = offer.options.filter((o) => o.kind !== 'partial_refund');
        expect(alternatives.length).toBeGreaterThan(0);
        const cheapest = Math.min(...alternatives.map((o) => o.sellerCost));
        expect(offer.cheapestAlternative?.sellerCost).toBe(cheapest);
        expect(offer.proposedRefund).toBeLessThanOrEqual(cheapest);
        expect(offer.sellerSaving).toBe(cheapest - offer.proposedRefund);
        expect(offer.sellerSaving).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('grows with severity and never decreases with a costlier alternative', () => {
    fc.assert(
      fc.property(factsArb, policyArb, share, amount, (raw, policy, extra, more) => {
        const facts = toFacts(raw);
        const base = computeOffer(facts, policy).proposedRefund ?? 0;
        const severer = {
          ...policy,
          severity: { ...policy.severity, [raw.problem]: Math.min(1, policy.severity[raw.problem] + extra) },
        };
        expect(computeOffer(facts, severer).proposedRefund ?? 0).toBeGreaterThanOrEqual(base);
        const dearer = { ...policy, shippingPerLeg: policy.shippingPerLeg + more };
        expect(computeOffer(facts, dearer).proposedRefund ?? 0).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('proposes no partial refund once the policy’s time limit for the problem has passed', () => {
    fc.assert(
      fc.property(factsArb, policyArb, (raw, policy) => {
        const facts = toFacts(raw);
        const offer = computeOffer(facts, policy);
        if (!facts.deliveredAt) return;
        const reportBy = businessDeadline(facts.deliveredAt, policy.reportWithinBusinessDays[raw.problem]);
        expect(offer.reportBy).toEqual(reportBy);
        if (facts.reportedAt >= reportBy) {
          expect(offer.proposedRefund).toBeNull();
          expect(offer.refusal).toBe('reported_late');
        }
      }),
    );
  });

  it('prices the seed’s fridge: a scratch on a €1,000 fridge costs far less as a partial refund', () => {
    const policy: ClaimsPolicy = {
      ...genericClaims,
      shippingPerLeg: 8000,
      handling: 5000,
      severity: { ...genericClaims.severity, cosmetic_damage: 0.2 },
    };
    const deliveredAt = new Date('2026-03-02T10:00:00Z'); // a Monday
    const offer = computeOffer(
      {
        problem: 'cosmetic_damage',
        price: toMinor('1000.00'),
        deliveredAt,
        reportedAt: new Date('2026-03-02T15:00:00Z'),
      },
      policy,
    );
    expect(offer.proposedRefund).toBe(toMinor('200.00'));
    // Replacement: 500 lost on resale + 2 × 80 shipping + 50 handling = 710; repair 250 + 160 + 50 = 460.
    expect(offer.options.map((o) => [o.kind, fromMinor(o.sellerCost)])).toEqual([
      ['partial_refund', '200.00'],
      ['repair', '460.00'],
      ['replacement', '710.00'],
      ['return', '630.00'],
    ]);
    expect(offer.cheapestAlternative).toEqual({ kind: 'repair', sellerCost: 46_000 });
    expect(offer.sellerSaving).toBe(26_000);
    expect(alternativeCost('return', 100_000, policy)).toBe(63_000);
  });

  it('counts three business days over a weekend: delivered Friday, reportable until Wednesday', () => {
    const friday = new Date('2026-03-06T18:00:00Z');
    expect(businessDeadline(friday, 3).toISOString()).toBe('2026-03-12T00:00:00.000Z');
    const offer = (reportedAt: string) =>
      computeOffer(
        { problem: 'cosmetic_damage', price: 10_000, deliveredAt: friday, reportedAt: new Date(reportedAt) },
        genericClaims,
      );
    expect(offer('2026-03-11T23:59:00Z').proposedRefund).toBe(1500);
    expect(offer('2026-03-12T00:00:00Z')).toMatchObject({ proposedRefund: null, refusal: 'reported_late' });
  });

  it('refuses damage on an order not yet delivered, and a price that is not whole minor units', () => {
    const facts = { problem: 'cosmetic_damage' as const, price: 100, deliveredAt: null, reportedAt: new Date() };
    expect(computeOffer(facts, genericClaims).refusal).toBe('not_delivered');
    expect(() => computeOffer({ ...facts, price: 1.5 }, genericClaims)).toThrow(/price/);
  });
});

describe('instalments', () => {
  it('offers the policy’s months above the minimum, the monthly amount covering the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 2, max: 36 }),
        policyArb,
        (total, months, policy) => {
          const answer = instalmentsFor(total, months, policy);
          if (answer.ok) {
            expect(answer.monthly * months).toBeGreaterThanOrEqual(total);
            expect((answer.monthly - 1) * months).toBeLessThan(total);
          } else if (policy.instalments.enabled && total >= policy.instalments.minOrderTotal) {
            expect(answer.reason).toBe('months_not_offered');
          }
        },
      ),
    );
  });
});

describe('money', () => {
  it('round-trips decimal strings through minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (minor) => {
        expect(toMinor(fromMinor(minor))).toBe(minor);
      }),
    );
    expect(toMinor('120.5')).toBe(12_050);
    expect(() => toMinor('1.234')).toThrow(/decimal/);
  });
});
