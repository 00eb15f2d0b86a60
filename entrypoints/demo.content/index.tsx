import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchDemoAdmin } from '../../extension/adapters/demo.ts';
import { startFeatures } from '../../extension/features/registry.ts';
import { sellerSummary } from '../../extension/features/seller-summary.tsx';

/** The demo marketplace's admin pages: detect the page through the adapter and start its features. */
export default defineContentScript({
  matches: ['http://127.0.0.1/demo/admin/*', 'http://localhost/demo/admin/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startFeatures(ctx, [sellerSummary], matchDemoAdmin);
  },
});
