import { backmarket } from './backmarket.ts';
import { generic } from './generic.ts';
import { prom } from './prom.ts';
import { type Policy, type PolicyOverrides, policySchema } from './schema.ts';

export { type Policy, type PolicyOverrides, policyOverridesSchema, policySchema } from './schema.ts';

export const policies = { prom, backmarket, generic } as const satisfies Record<string, Policy>;
export type PolicyId = keyof typeof policies;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value;
  }
  return result;
}

/** The marketplace's policy with its overrides applied; a bad override is a clear error naming the field. */
export function resolvePolicy(id: string, overrides: PolicyOverrides | Record<string, unknown> = {}): Policy {
  const base = policies[id as PolicyId];
  if (!base) throw new Error(`policy: unknown policy "${id}" (expected ${Object.keys(policies).join(', ')})`);
  const parsed = policySchema.safeParse(merge(base, overrides as Record<string, unknown>));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`policy_overrides.${issue?.path.join('.')}: ${issue?.message}`);
}
