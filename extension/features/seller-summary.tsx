import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type DemoAdminLocation, overlayAnchor, readShopName } from '../adapters/demo.ts';
import { loadI18n, sellerOverview } from '../content/ports.ts';
import { sendMessage } from '../messaging.ts';
import { SummaryCard } from '../summary/card.tsx';
import { createSummaryModel, type SummaryPorts } from '../summary/model.ts';
import type { Feature } from './registry.ts';
import '../summary/card.css';

const ports: SummaryPorts = {
  overview: sellerOverview,
  whoami: () => sendMessage('whoami'),
  openOptions: () => sendMessage('openOptions'),
  uiLanguage: () => browser.i18n.getUILanguage(),
  i18n: loadI18n,
};

/** The seller's figures in a card at the top of the admin page's main column. */
export const sellerSummary: Feature<DemoAdminLocation> = {
  id: 'seller-summary',
  pages: ['home', 'reviews', 'orders'],
  async init({ ctx, page, document, signal }) {
    const anchor = overlayAnchor(document);
    if (!anchor) return;
    const ref = { marketplace: page.marketplace, seller: page.seller };
    const model = createSummaryModel(ref, readShopName(document), ports, signal);
    // The browser's locale first, so the loading state has words; the user's locale follows with the data.
    await model.prepare();
    if (signal.aborted) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'sellerlens-summary',
      position: 'inline',
      anchor,
      append: 'first',
      onMount(container) {
        render(<SummaryCard model={model} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    if (signal.aborted) return;
    ui.mount();
    signal.addEventListener('abort', () => ui.remove(), { once: true });
    await model.load();
  },
};
