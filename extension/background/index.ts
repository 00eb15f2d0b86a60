import { browser } from 'wxt/browser';
import { pickLocale } from '../../shared/locale-tag.ts';
import { onMessage } from '../messaging.ts';
import { lastWhoamiItem, readSettings, serverUrlItem, tokenItem } from '../settings.ts';
import { overlayResources } from '../ui/bundled-locale.ts';
import { ApiClients, serverApi } from './api.ts';
import { showBadge } from './badge.ts';
import { openOverviewCache } from './cache.ts';
import { type BackgroundDeps, getSellerOverview, saveSettings, testConnection, whoami } from './handlers.ts';
import { openReviewInsightsCache } from './review-cache.ts';
import { getReviewInsights, type ReviewDeps, reviewApi } from './review-handlers.ts';

/** Registers every message handler; the background entrypoint calls this once. */
export function startBackground(): void {
  const clients = new ApiClients();
  const deps: BackgroundDeps = {
    readSettings,
    writeSettings: async ({ serverUrl, token }) => {
      await Promise.all([serverUrlItem.setValue(serverUrl), tokenItem.setValue(token)]);
    },
    api: (settings) => serverApi(clients.get(settings)),
    cache: openOverviewCache(),
    lastWhoami: { get: () => lastWhoamiItem.getValue(), set: (value) => lastWhoamiItem.setValue(value) },
    showBadge,
    now: () => new Date(),
  };

  const reviewCache = openReviewInsightsCache();
  const reviewDeps: ReviewDeps = {
    readSettings,
    reviewApi: (settings) => reviewApi(clients.get(settings)),
    reviewCache,
    now: () => new Date(),
  };

  onMessage('getSellerOverview', ({ data }) => getSellerOverview(deps, data));
  onMessage('getReviewInsights', ({ data }) => getReviewInsights(reviewDeps, data));
  onMessage('getLocale', ({ data }) => overlayResources(pickLocale(data)));
  onMessage('whoami', () => whoami(deps));
  onMessage('openOptions', () => browser.runtime.openOptionsPage());

  // Settings carry the token: only the extension's own pages may read or change them.
  onMessage('getSettings', ({ sender }) => {
    assertExtensionPage(sender.url);
    return readSettings();
  });
  onMessage('saveSettings', ({ sender, data }) => {
    assertExtensionPage(sender.url);
    return saveSettings(deps, data).then(async (result) => {
      // Insights fetched with other credentials must not show under the new ones either.
      if (result.ok) await reviewCache.clear();
      return result;
    });
  });
  onMessage('testConnection', ({ sender, data }) => {
    assertExtensionPage(sender.url);
    return testConnection(deps, data);
  });
}

function assertExtensionPage(url: string | undefined): void {
  if (!url?.startsWith(browser.runtime.getURL('/'))) throw new Error('only extension pages may use this message');
}
