import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What a feature gets when its page is shown: the page, the document, and a signal that ends it. */
export interface FeatureContext<TPage> {
  ctx: ContentScriptContext;
  page: TPage;
  document: Document;
  /** Aborted on navigation away from the page and when the content script is invalidated. */
  signal: AbortSignal;
}

/** One overlay feature, registered by declaration: the pages it runs on and what it does there. */
export interface Feature<TPage extends { page: string }> {
  id: string;
  pages: readonly TPage['page'][];
  init(context: FeatureContext<TPage>): void | Promise<void>;
}

/** Starts every feature that declares the page, side by side: one that throws or rejects is logged and skipped. */
export function runFeatures<TPage extends { page: string }>(
  features: readonly Feature<TPage>[],
  context: FeatureContext<TPage>,
): Promise<void> {
  const started = features
    .filter((feature) => feature.pages.includes(context.page.page))
    .map(async (feature) => {
      try {
        await feature.init(context);
      } catch (error) {
        if (!context.signal.aborted) console.error(`[SellerLens] feature "${feature.id}" failed`, error);
      }
    });
  return Promise.all(started).then(() => undefined);
}

/**
 * Runs the features for the current location, and again after each history navigation; the features
 * of the previous location are aborted first.
 */
export function startFeatures<TPage extends { page: string }>(
  ctx: ContentScriptContext,
  features: readonly Feature<TPage>[],
  detect: (url: URL) => TPage | null,
): void {
  let current: AbortController | null = null;
  const run = () => {
    current?.abort();
    current = null;
    const page = detect(new URL(window.location.href));
    if (!page || ctx.isInvalid) return;
    current = new AbortController();
    void runFeatures(features, { ctx, page, document, signal: AbortSignal.any([ctx.signal, current.signal]) });
  };
  run();
  ctx.addEventListener(window, 'wxt:locationchange', run);
}
