import { describe, expect, it } from 'vitest';
import { parseCommandArgs, UsageError } from '../../server/cli/command.ts';
import { demoDataDefinition } from '../../server/cli/definitions.ts';
import { demoDataOptions } from '../../server/cli/demo-data.ts';
import { generateDemoEvents } from '../../server/demo/generate.ts';
import { textsByLanguage } from '../../server/demo/texts/index.ts';
import { demoLanguages } from '../../server/demo/texts/types.ts';
import { type EventOf, type ImportEvent, importEvent } from '../../shared/events.ts';
import { policies } from '../../shared/policies/index.ts';
import { components, reasons } from '../../shared/reasons.ts';

const asOf = new Date('2025-06-01T00:00:00Z');
const DAY = 86_400_000;
const scenarioIds = ['s-steady', 's-worsened', 's-low', 's-trial', 's-small', 's-cluster'];

function generate(sellers: number, seed: number): ImportEvent[] {
  return [...generateDemoEvents({ sellers, seed, asOf })];
}

function ofType<T extends ImportEvent['type']>(events: ImportEvent[], type: T): EventOf<T>[] {
  return events.filter((e): e is EventOf<T> => e.type === type);
}

/** Which reason each hand-written negative text stands for, across all languages. */
function reasonByText(): Map<string, string> {
  const map = new Map<string, string>();
  for (const texts of Object.values(textsByLanguage)) {
    for (const reason of reasons) for (const text of texts.negative[reason]) map.set(text, reason);
    for (const component of components)
      for (const text of texts.defectiveByComponent[component]) map.set(text, 'defective_item');
  }
  return map;
}

const small = generate(12, 1);

describe('demo review texts', () => {
  it.each(demoLanguages)('%s has enough varied texts for every reason and component', (lang) => {
    const texts = textsByLanguage[lang];
    for (const reason of reasons) expect(texts.negative[reason].length, reason).toBeGreaterThanOrEqual(3);
    for (const component of components)
      expect(texts.defectiveByComponent[component].length, component).toBeGreaterThanOrEqual(3);
    expect(texts.positive.length).toBeGreaterThanOrEqual(10);
    expect(texts.mixed.length).toBeGreaterThanOrEqual(5);
    expect(texts.sellerComments.length).toBeGreaterThanOrEqual(3);
    expect(texts.updates.length).toBeGreaterThanOrEqual(2);
    expect(texts.contacts.length).toBeGreaterThanOrEqual(3);
    expect(texts.authors.length).toBeGreaterThanOrEqual(5);
    const negatives = [...Object.values(texts.negative).flat(), ...Object.values(texts.defectiveByComponent).flat()];
    const all = [...negatives, ...texts.positive, ...texts.mixed, ...texts.sellerComments];
    expect(new Set(all).size, 'no duplicates').toBe(all.length);
    for (const text of all) expect(text, 'no template slots').not.toMatch(/[{}]|\$\{/);
    for (const text of negatives) {
      const size = lang === 'zh' ? text.length : text.split(/\s+/).length;
      const [min, max] = lang === 'zh' ? [6, 120] : [6, 60];
      expect(size, text).toBeGreaterThanOrEqual(min);
      expect(size, text).toBeLessThanOrEqual(max);
    }
  });
});

// Generating and validating thousands of events takes 1-3 s alone, more beside the spawned CLI tests on 2 cores.
describe('generateDemoEvents', { timeout: 30_000 }, () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const lines = (events: ImportEvent[]) => events.map((e) => JSON.stringify(e)).join('\n');
    expect(lines(generate(8, 7))).toBe(lines(generate(8, 7)));
    expect(lines(generate(8, 8))).not.toBe(lines(generate(8, 7)));
  });

  it('emits only valid events, with unique ids, parents first and no time after asOf', () => {
    const seen = new Map<string, Set<string>>();
    const limit = asOf.toISOString().replace('.000Z', 'Z');
    for (const [i, event] of small.entries()) {
      expect(() => importEvent.parse(event), `event ${i}`).not.toThrow();
      const ids = seen.get(event.type) ?? new Set<string>();
      expect(ids.has(event.id), `${event.type} ${event.id} is unique`).toBe(false);
      ids.add(event.id);
      seen.set(event.type, ids);
      if ('seller' in event) expect(seen.get('seller')?.has(event.seller)).toBe(true);
      if ('order' in event && event.order !== null) expect(seen.get('order')?.has(event.order), event.id).toBe(true);
      if ('review' in event) expect(seen.get('review')?.has(event.review), event.id).toBe(true);
      for (const [key, value] of Object.entries(event)) {
        // A promise to ship may lie in the future; everything that happened is at or before asOf.
        if (key !== 'promisedShipBy' && typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) {
          expect(value.endsWith('Z')).toBe(true);
          expect(value <= limit, `${event.id}.${key}`).toBe(true);
        }
      }
    }
    expect(small[0]).toEqual({
      type: 'marketplace',
      id: 'demo',
      name: 'Demo Market',
      policy: 'prom',
      currency: 'UAH',
      language: 'uk',
      // Back Market's trial period and defect threshold, carried by the event so that an imported demo file
      // is judged as the server's own demo is.
      policyOverrides: {
        trial: policies.backmarket.trial,
        thresholds: { defectRate: policies.backmarket.thresholds.defectRate },
      },
    });
  });

  it('keeps cancelled orders unshipped and gives them a reason', () => {
    for (const o of ofType(small, 'order').filter((x) => x.cancelledAt !== null)) {
      expect(o.shippedAt).toBeNull();
      expect(o.deliveredAt).toBeNull();
      expect(o.cancelledBy).not.toBeNull();
      expect(o.cancelReason).not.toBeNull();
    }
  });

  it('emits as many sellers as asked for, the scenario sellers first, each the same as with more', () => {
    expect(ofType(generate(1, 1), 'seller').map((s) => s.id)).toEqual(['s-steady']);
    const two = generate(2, 1);
    expect(ofType(two, 'seller').map((s) => s.id)).toEqual(['s-steady', 's-worsened']);
    const ids = ofType(small, 'seller').map((s) => s.id);
    expect(ids).toEqual([...scenarioIds, ...[1, 2, 3, 4, 5, 6].map((n) => `s-peer-00${n}`)]);
    // Fewer sellers leave the others out and change nothing of those that stay.
    const lines = (events: ImportEvent[]) => events.map((e) => JSON.stringify(e));
    const keptSellers = new Set(['s-steady', 's-worsened']);
    const keptReviews = new Set(
      ofType(small, 'review')
        .filter((r) => keptSellers.has(r.seller))
        .map((r) => r.id),
    );
    const kept = (e: ImportEvent) =>
      e.type === 'marketplace' ||
      (e.type === 'seller' && keptSellers.has(e.id)) ||
      (e.type !== 'seller' && 'seller' in e && keptSellers.has(e.seller)) ||
      ('review' in e && keptReviews.has(e.review));
    const ofKept = small.filter(kept);
    expect(lines(two)).toEqual(lines(ofKept));
  });

  it('uses all 11 languages and every reason among review texts', () => {
    const byText = reasonByText();
    const reviews = ofType(small, 'review');
    expect(new Set(reviews.map((r) => r.lang).filter((l) => l !== null))).toEqual(new Set(demoLanguages));
    const used = new Set(reviews.map((r) => byText.get(r.text ?? '')).filter((r) => r !== undefined));
    expect(used).toEqual(new Set(reasons));
  });

  it.each([1, 2, 3, 42])('plays every scenario (seed %i)', (seed) => {
    const events = generate(6, seed);
    const end = asOf.getTime();
    const orders = ofType(events, 'order');
    const reviews = ofType(events, 'review');
    const answered = new Set(
      [...ofType(events, 'review_comment'), ...ofType(events, 'review_update')].map((e) => e.review),
    );

    // s-worsened: late dispatch in the last 60 days at least 3x the earlier rate.
    const shipped = orders.filter(
      (o) => o.seller === 's-worsened' && o.shippedAt !== null && o.promisedShipBy !== null,
    );
    const lateRate = (list: typeof shipped) =>
      list.filter((o) => (o.shippedAt ?? '') > (o.promisedShipBy ?? '')).length / Math.max(1, list.length);
    const cut = end - 60 * DAY;
    const recent = lateRate(shipped.filter((o) => Date.parse(o.placedAt) >= cut));
    const earlier = lateRate(shipped.filter((o) => Date.parse(o.placedAt) < cut));
    expect(recent).toBeGreaterThanOrEqual(3 * earlier);
    expect(earlier).toBeGreaterThan(0);

    // s-cluster: Galaxy S10 battery returns in the last 90 days, well above the earlier rate.
    const s10 = new Set(
      orders.filter((o) => o.seller === 's-cluster' && o.items.some((i) => i.model === 'Galaxy S10')).map((o) => o.id),
    );
    const battery = ofType(events, 'return').filter(
      (r) => s10.has(r.order) && r.reason === 'defective_item' && r.component === 'battery',
    );
    const since = end - 90 * DAY;
    expect(battery.filter((r) => Date.parse(r.createdAt) >= since).length).toBeGreaterThanOrEqual(8);
    expect(battery.filter((r) => Date.parse(r.createdAt) < since).length).toBeLessThanOrEqual(3);

    // s-trial: joined within 45 days, watched by mystery shoppers.
    const trial = ofType(events, 'seller').find((s) => s.id === 's-trial');
    expect(end - Date.parse(trial?.joinedAt ?? '')).toBeLessThanOrEqual(45 * DAY);
    const shops = ofType(events, 'mystery_shop').filter((m) => m.seller === 's-trial');
    expect(shops.length).toBeGreaterThanOrEqual(3);
    expect(shops.length).toBeLessThanOrEqual(5);

    // s-small: a handful of orders and exactly one negative review.
    expect(orders.filter((o) => o.seller === 's-small').length).toBeLessThan(15);
    expect(reviews.filter((r) => r.seller === 's-small' && r.rating <= 2).length).toBe(1);

    // s-steady: a rich set of reviews with about ten unresolved negatives.
    const steady = reviews.filter((r) => r.seller === 's-steady');
    expect(steady.length).toBeGreaterThanOrEqual(60);
    const unresolved = steady.filter((r) => r.rating <= 2 && !answered.has(r.id));
    expect(unresolved.length).toBeGreaterThanOrEqual(8);
    expect(new Set(unresolved.map((r) => r.lang)).size).toBeGreaterThanOrEqual(8);
  });

  it('yields 20k–40k events for 50 sellers', () => {
    let count = 0;
    for (const _ of generateDemoEvents({ sellers: 50, seed: 1, asOf })) count += 1;
    expect(count).toBeGreaterThan(20_000);
    expect(count).toBeLessThan(40_000);
  }, 30_000);
});

describe('demo-data flags', () => {
  const now = new Date('2025-06-01T15:30:00Z');
  const options = (args: string[]) => {
    const parsed = parseCommandArgs(demoDataDefinition, args);
    if (parsed.help) throw new Error('help');
    return demoDataOptions(parsed, now);
  };
  it('defaults to 50 sellers, seed 1 and today at UTC midnight', () => {
    expect(options([])).toEqual({ sellers: 50, seed: 1, asOf: new Date('2025-06-01T00:00:00Z'), out: null });
    expect(options(['--sellers', '2', '--seed', '7', '--as-of', '2024-02-29', '--out', 'x.jsonl'])).toEqual({
      sellers: 2,
      seed: 7,
      asOf: new Date('2024-02-29T00:00:00Z'),
      out: 'x.jsonl',
    });
  });
  it.each([
    [['--sellers', '0'], '--sellers: expected a whole number from 1 to 100000'],
    [['--sellers', 'x'], '--sellers: expected a whole number from 1 to 100000'],
    [['--seed', '1.5'], '--seed: expected a whole number'],
    [['--as-of', '2025-02-30'], '--as-of: expected a real date as YYYY-MM-DD'],
    [['--nope'], 'unknown flag --nope'],
  ])('rejects %j', (args, message) => {
    expect(() => options(args)).toThrow(UsageError);
    expect(() => options(args)).toThrow(message);
  });
});
