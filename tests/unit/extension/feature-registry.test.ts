import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Feature, type FeatureContext, runFeatures } from '../../../extension/features/registry.ts';

type Page = { page: 'home' | 'reviews' };

function context(page: Page['page']): FeatureContext<Page> {
  return {
    ctx: {} as ContentScriptContext,
    page: { page },
    document: {} as Document,
    signal: new AbortController().signal,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runFeatures', () => {
  it('starts the features declared for the page, and a crash in one does not stop the others', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ran: string[] = [];
    const features: Feature<Page>[] = [
      {
        id: 'throws',
        pages: ['reviews'],
        init: () => {
          throw new Error('boom');
        },
      },
      { id: 'rejects', pages: ['reviews'], init: () => Promise.reject(new Error('late boom')) },
      { id: 'home-only', pages: ['home'], init: () => void ran.push('home-only') },
      {
        id: 'slow',
        pages: ['home', 'reviews'],
        init: async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          ran.push('slow');
        },
      },
      { id: 'fast', pages: ['reviews'], init: () => void ran.push('fast') },
    ];
    await runFeatures(features, context('reviews'));
    expect(ran).toEqual(['fast', 'slow']);
    expect(error.mock.calls.map(([message]) => message)).toEqual([
      '[SellerLens] feature "throws" failed',
      '[SellerLens] feature "rejects" failed',
    ]);
  });
});
