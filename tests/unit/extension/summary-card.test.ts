// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { OverviewResult, WhoamiResult } from '../../../extension/messaging.ts';
import { SummaryCard } from '../../../extension/summary/card.tsx';
import { createSummaryModel, type SummaryPorts } from '../../../extension/summary/model.ts';
import { overlayResources } from '../../../extension/ui/bundled-locale.ts';
import { i18nFrom } from '../../../extension/ui/locale.ts';
import type { SellerOverview } from '../../../shared/api.ts';
import type { UiLocale } from '../../../shared/locale-tag.ts';
import { atRisk, thin } from './evaluation-fixture.ts';

const overview: SellerOverview = {
  marketplace: 'demo',
  seller: 's-steady',
  name: '<img src=x onerror=alert(1)> Steady & Co',
  category: 'electronics',
  joinedAt: '2024-01-01T00:00:00.000Z',
  orderCount: 4000,
  reviewCount: 1234,
  negativeReviewCount: 22,
  unresolvedNegatives: 5,
  averageRating: 4.36,
};

function ports(result: OverviewResult, locale = 'uk', uiLanguage = 'en-US'): SummaryPorts & { opened: number } {
  const me: WhoamiResult = {
    ok: true,
    stale: false,
    me: { id: 'u', name: 'Olena', role: 'seller', locale, marketplace: null, shops: [] },
  };
  const fake = {
    opened: 0,
    overview: async () => result,
    whoami: async () => me,
    openOptions: async () => {
      fake.opened += 1;
    },
    uiLanguage: () => uiLanguage,
    i18n: async (locale: UiLocale) => i18nFrom(locale, overlayResources(locale), overlayResources('en')),
  };
  return fake;
}

let container: HTMLElement;

async function show(result: OverviewResult, locale?: string) {
  const fake = ports(result, locale);
  const model = createSummaryModel(
    { marketplace: 'demo', seller: 's-steady' },
    'Page name',
    fake,
    new AbortController().signal,
  );
  await model.prepare();
  container = document.createElement('div');
  document.body.append(container);
  render(h(SummaryCard, { model }), container);
  const card = () => container.querySelector<HTMLElement>('[data-testid="sl-summary"]');
  expect(card()?.dataset.state).toBe('loading');
  expect(container.querySelector('[data-testid="sl-shop-name"]')?.textContent).toBe('Page name');
  await model.load();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { card, fake, text: (id: string) => container.querySelector(`[data-testid="${id}"]`)?.textContent ?? null };
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('SummaryCard', () => {
  it('shows the figures in the user’s locale, with plurals, and names as text', async () => {
    const { card, text } = await show({
      ok: true,
      overview,
      quality: atRisk,
      stale: false,
      fetchedAt: new Date().toISOString(),
    });
    expect(card()?.dataset.state).toBe('ready');
    expect(card()?.getAttribute('lang')).toBe('uk');
    expect(text('sl-shop-name')).toBe(overview.name);
    expect(container.querySelector('img')).toBeNull();
    expect(text('sl-review-count')).toBe(`${new Intl.NumberFormat('uk').format(1234)}відгуки`);
    expect(text('sl-unresolved-count')).toBe('5без відповіді');
    expect(container.querySelector('[data-testid="sl-unresolved-count"]')?.classList.contains('sl-stat--alert')).toBe(
      true,
    );
    expect(text('sl-average-rating')).toContain('4,4');
    expect(text('sl-callout')).toBe('5 негативних відгуків досі без відповіді.');
    expect(container.querySelector('[data-testid="sl-stale"]')).toBeNull();
  });

  it('marks cached figures as stale', async () => {
    const { card, text } = await show(
      { ok: true, overview, quality: atRisk, stale: true, fetchedAt: '2025-01-02T03:04:05Z' },
      'en',
    );
    expect(card()?.dataset.state).toBe('stale');
    expect(text('sl-stale')).toBe('Offline — last known figures');
    expect(text('sl-review-count')).toBe('1,234reviews');
  });

  it('shows the quality status with the rule that fired, the axis scores and three steps to green', async () => {
    const { text } = await show(
      { ok: true, overview, quality: atRisk, stale: false, fetchedAt: '2025-01-02T03:04:05Z' },
      'en',
    );
    const pill = container.querySelector<HTMLElement>('[data-testid="sl-quality-status"]');
    expect(pill?.dataset.status).toBe('at_risk');
    expect(pill?.classList.contains('sl-q-pill--at_risk')).toBe(true);
    expect(pill?.textContent).toBe('At risk');
    expect(text('sl-quality-rule')).toBe('Worsened in the last 30 days');
    expect(text('sl-axis-technical')).toBe('Product quality91');
    expect(text('sl-axis-delivery')).toBe('Delivery25');
    expect(container.querySelector<HTMLElement>('[data-testid="sl-axis-delivery"]')?.className).toContain('poor');
    expect(text('sl-axis-afterSales')).toBe('After-sales service67');
    expect(container.querySelector<HTMLElement>('[data-testid="sl-axis-afterSales"]')?.className).toContain('fair');
    expect(container.querySelector<HTMLElement>('[data-testid="sl-axis-technical"]')?.className).toContain('good');
    const steps = [...container.querySelectorAll('[data-testid="sl-quality-path"] li')].map((li) => li.textContent);
    expect(steps).toEqual([
      'Ship the next 60 orders on time',
      'Resolve 4 of the 7 unresolved negative reviews',
      'Answer the next buyer message within 24 hours',
    ]);
    expect(container.querySelector('[data-testid="sl-quality-thin"]')).toBeNull();
  });

  it('translates the quality section with the reader’s plurals', async () => {
    await show({ ok: true, overview, quality: atRisk, stale: false, fetchedAt: '2025-01-02T03:04:05Z' }, 'uk');
    const html = container.querySelector('[data-testid="sl-quality"]')?.textContent ?? '';
    expect(html).toContain('Якість');
    expect(html).not.toMatch(/quality:|status\.|path\./);
  });

  it('never shows a confident colour without enough data', async () => {
    const { text } = await show(
      { ok: true, overview, quality: thin, stale: false, fetchedAt: '2025-01-02T03:04:05Z' },
      'en',
    );
    const pill = container.querySelector<HTMLElement>('[data-testid="sl-quality-status"]');
    expect(pill?.dataset.tone).toBe('uncertain');
    expect(text('sl-quality-rule')).toBe('Not enough data');
    expect(text('sl-axis-technical')).toBe('Product qualityno data');
    // A score exists, but with too few orders its bar is not coloured red.
    expect(container.querySelector<HTMLElement>('[data-testid="sl-axis-delivery"]')?.className).toContain('none');
    expect(container.querySelector('[data-testid="sl-quality-path"]')).toBeNull();
  });

  it('keeps the figures when the evaluation is missing', async () => {
    const { card, text } = await show(
      { ok: true, overview, quality: null, stale: false, fetchedAt: '2025-01-02T03:04:05Z' },
      'en',
    );
    expect(card()?.dataset.state).toBe('ready');
    expect(text('sl-quality-unavailable')).toBe('The quality score could not be loaded.');
    expect(container.querySelector('[data-testid="sl-quality"]')).toBeNull();
  });

  it('asks for set-up and opens the options', async () => {
    const { card, fake } = await show({ ok: false, error: 'no_token', message: '' }, 'en');
    expect(card()?.dataset.state).toBe('setup');
    container.querySelector<HTMLButtonElement>('[data-testid="sl-open-options"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.opened).toBe(1);
  });

  it.each([
    ['forbidden', 'Your account has no access to this shop.', false],
    ['offline', 'The SellerLens server cannot be reached.', true],
    ['unauthorized', 'The server did not accept your token. Check it in the options.', false],
  ] as const)('explains %s', async (error, message, retry) => {
    const { card, text } = await show({ ok: false, error, message: '' }, 'en');
    expect(card()?.dataset.state).toBe('error');
    expect(container.querySelector<HTMLElement>('[data-testid="sl-error"]')?.dataset.error).toBe(error);
    expect(text('sl-error')).toContain(message);
    expect(container.querySelector('[data-testid="sl-retry"]') !== null).toBe(retry);
  });
});
