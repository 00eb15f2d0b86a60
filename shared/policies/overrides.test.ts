import { describe, expect, it } from 'vitest';
import { policies, policyOverridesSchema, policySchema, resolvePolicy } from './index.ts';

describe('policy overrides', () => {
  it('can set every number of a policy, and nothing else', () => {
    const policyFields = Object.keys(policySchema.shape).filter((key) => key !== 'id');
    expect(Object.keys(policyOverridesSchema.shape).sort()).toEqual(policyFields.sort());
    // Every nested field of every policy may be overridden by itself.
    for (const [key, value] of Object.entries(policies.generic)) {
      if (key === 'id') continue;
      expect(policyOverridesSchema.safeParse({ [key]: value }).success, key).toBe(true);
      const nested = typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
      for (const [field, number] of nested) {
        expect(policyOverridesSchema.safeParse({ [key]: { [field]: number } }).success, `${key}.${field}`).toBe(true);
      }
    }
    expect(policyOverridesSchema.safeParse({ id: 'prom' }).success).toBe(false);
    expect(policyOverridesSchema.safeParse({ thresholds: { defectRat: 0.1 } }).success).toBe(false);
  });

  it('checks each number as the policy does, so any accepted override resolves', () => {
    expect(policyOverridesSchema.safeParse({ thresholds: { defectRate: 1.5 } }).success).toBe(false);
    expect(policyOverridesSchema.safeParse({ windows: [] }).success).toBe(false);
    const overrides = policyOverridesSchema.parse({ trial: { days: 30 }, windows: [30, 365] });
    expect(resolvePolicy('prom', overrides)).toMatchObject({
      trial: { ...policies.prom.trial, days: 30 },
      windows: [30, 365],
    });
  });
});
