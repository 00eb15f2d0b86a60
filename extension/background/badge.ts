import { browser } from 'wxt/browser';

const colors = { fresh: '#c2410c', stale: '#6b7280' } as const;

/** The toolbar badge: unresolved negatives of the last viewed seller (grey when offline), or nothing. */
export async function showBadge(badge: { count: number; stale: boolean } | null): Promise<void> {
  const text = !badge || badge.count <= 0 ? '' : badge.count > 999 ? '999+' : String(badge.count);
  await browser.action.setBadgeText({ text });
  if (text) await browser.action.setBadgeBackgroundColor({ color: badge?.stale ? colors.stale : colors.fresh });
}
