import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchDemoAdmin } from '../../extension/adapters/demo.ts';
import { alertBanner } from '../../extension/features/alert-banner.tsx';
import { orderRisk } from '../../extension/features/order-risk.tsx';
import { startFeatures } from '../../extension/features/registry.ts';
import { reviewRowMarks } from '../../extension/features/review-rows.tsx';
import { sellerSummary } from '../../extension/features/seller-summary.tsx';
import { unresolvedCount } from '../../extension/features/unresolved-count.tsx';

/** The demo marketplace's admin pages: detect the page through the adapter and start its features. */
export default defineContentScript({
  matches: ['http://127.0.0.1/demo/admin/*', 'http://localhost/demo/admin/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startFeatures(ctx, [sellerSummary, alertBanner, unresolvedCount, reviewRowMarks, orderRisk], matchDemoAdmin);
  },
});
