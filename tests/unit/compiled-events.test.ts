import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoEvents } from '../../server/demo/generate.ts';
import { isImportEvent } from '../../server/ingest/compiled-events.ts';
import { eventTypes, type ImportEvent, importEvent } from '../../shared/events.ts';

// The compiled check may only ever be a faster way to reach zod's verdict: these prove they agree.
const demo = [...generateDemoEvents({ sellers: 12, seed: 3, asOf: new Date('2025-06-01T00:00:00Z') })];
const examples = new Map<string, ImportEvent>();
for (const event of demo) if (!examples.has(event.type)) examples.set(event.type, event);

const zodAccepts = (value: unknown) => importEvent.safeParse(value).success;
const copy = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** Values that sit on the schema's edges: lengths in UTF-16 units, dates, integers, JSON's odd numbers. */
const edgeValues: unknown[] = [
  null,
  '',
  'x',
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(128),
  'x'.repeat(129),
  'x'.repeat(200),
  'x'.repeat(201),
  '😀'.repeat(5_000),
  '😀'.repeat(5_001),
  'x'.repeat(10_001),
  '2024-02-29T10:00:00Z',
  '2023-02-29T10:00:00Z',
  '2025-06-01T24:00:00Z',
  '2025-06-01T10:00:00.123456+03:00',
  '2025-06-01T10:00:00',
  '2025-06-01 10:00:00Z',
  '120.00',
  '-5.5',
  '1.234',
  '12345678901',
  'UAH',
  'uah',
  'uk',
  'ukr',
  'UA',
  0,
  -0,
  1,
  5,
  6,
  10,
  11,
  100,
  100.5,
  1.5,
  10_000,
  10_001,
  Number.MAX_SAFE_INTEGER + 2,
  Number.POSITIVE_INFINITY, // what JSON.parse makes of 1e400
  true,
  false,
  [],
  {},
  ['x'],
];

describe('the compiled import event check', () => {
  it('has an example of every event type to start from', () => {
    expect([...examples.keys()].sort()).toEqual([...eventTypes].sort());
    for (const event of examples.values()) expect(isImportEvent(copy(event)), event.type).toBe(true);
  });

  it('agrees with zod when any field of any event takes an edge value', () => {
    for (const event of examples.values()) {
      for (const key of Object.keys(event)) {
        for (const value of edgeValues) {
          const changed = { ...copy(event), [key]: value };
          expect(isImportEvent(changed), `${event.type}.${key} = ${JSON.stringify(value)?.slice(0, 40)}`).toBe(
            zodAccepts(changed),
          );
        }
        const { [key]: _dropped, ...missing } = copy(event);
        expect(isImportEvent(missing), `${event.type} without ${key}`).toBe(zodAccepts(missing));
      }
    }
  });

  it('agrees with zod on random changes to fields, items and keys', () => {
    const verdicts = { accepted: 0, rejected: 0 };
    const anyEvent = fc.constantFrom(...examples.values());
    const anyValue = fc.oneof(fc.constantFrom(...edgeValues), fc.jsonValue(), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(
        anyEvent,
        fc.array(fc.tuple(fc.string({ maxLength: 12 }), anyValue), { maxLength: 3 }),
        fc.nat(),
        (event, changes, pick) => {
          const changed = copy(event);
          const keys = Object.keys(changed);
          for (const [name, value] of changes) {
            // Mostly existing fields (and the first order item's), sometimes a key the schema does not know.
            const key = pick % 4 === 3 ? name : (keys[(pick + name.length) % keys.length] as string);
            const items = changed.items as Record<string, unknown>[] | undefined;
            if (items?.[0] && pick % 5 === 0)
              items[0] = { ...items[0], [Object.keys(items[0])[pick % 5] ?? name]: value };
            else changed[key] = value;
          }
          const accepted = zodAccepts(changed);
          verdicts[accepted ? 'accepted' : 'rejected'] += 1;
          expect(isImportEvent(changed)).toBe(accepted);
        },
      ),
      { numRuns: 5_000 },
    );
    // Both verdicts are exercised, not only the easy one.
    expect(verdicts.accepted).toBeGreaterThan(250);
    expect(verdicts.rejected).toBeGreaterThan(250);
  });

  it('rejects what is not an event object at all', () => {
    for (const value of [null, 1, 'order', [], {}, { type: 'shipment' }, { type: 7 }]) {
      expect(isImportEvent(value)).toBe(false);
      expect(zodAccepts(value)).toBe(false);
    }
  });

  it('accepts the parsed line itself, unchanged, where zod would return an equal copy', () => {
    for (const event of demo.slice(0, 500)) {
      const line = copy(event);
      expect(isImportEvent(line)).toBe(true);
      expect(line).toEqual(importEvent.parse(copy(event)));
    }
  });
});
