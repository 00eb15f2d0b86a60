import { sellerRef, type Whoami } from '../../shared/api.ts';
import { normalizeServerUrl, type Settings } from '../connection.ts';
import type { OverviewResult, SaveSettingsResult, WhoamiResult } from '../messaging.ts';
import { isUnreachable, type ServerApi, toFailure } from './api.ts';
import type { OverviewCache } from './cache.ts';

/** What the message handlers need from the outside world; `startBackground` supplies the real ones. */
export interface BackgroundDeps {
  readSettings(): Promise<Settings>;
  writeSettings(settings: Settings): Promise<void>;
  api(settings: Settings): ServerApi;
  cache: OverviewCache;
  lastWhoami: { get(): Promise<Whoami | null>; set(value: Whoami | null): Promise<void> };
  /** Unresolved negatives of the last viewed seller; null clears the badge. */
  showBadge(badge: { count: number; stale: boolean } | null): Promise<void>;
  now(): Date;
}

const maxTokenLength = 512;

const noToken = { ok: false, error: 'no_token', message: 'no token is set' } as const;

export async function getSellerOverview(deps: BackgroundDeps, input: unknown): Promise<OverviewResult> {
  const parsed = sellerRef.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'not_found', message: 'not a seller reference' };
  const ref = parsed.data;
  const settings = await deps.readSettings();
  if (!settings.token) {
    await deps.showBadge(null);
    return noToken;
  }
  try {
    const api = deps.api(settings);
    // Both in parallel; the figures still show when only the evaluation fails.
    const [overview, quality] = await Promise.all([api.sellerOverview(ref), api.sellerQuality(ref).catch(() => null)]);
    const fetchedAt = deps.now().toISOString();
    await Promise.all([
      deps.cache.put({ overview, quality, fetchedAt }),
      deps.showBadge({ count: overview.unresolvedNegatives, stale: false }),
    ]);
    return { ok: true, overview, quality, stale: false, fetchedAt };
  } catch (error) {
    const failure = toFailure(error);
    if (isUnreachable(failure)) {
      const cached = await deps.cache.get(ref);
      if (cached) {
        await deps.showBadge({ count: cached.overview.unresolvedNegatives, stale: true });
        return { ok: true, ...cached, stale: true };
      }
    } else {
      // The server said no: what was cached for this seller must not be shown any more.
      await deps.cache.delete(ref);
    }
    await deps.showBadge(null);
    return failure;
  }
}

export async function whoami(deps: BackgroundDeps): Promise<WhoamiResult> {
  const settings = await deps.readSettings();
  if (!settings.token) return noToken;
  try {
    const me = await deps.api(settings).whoami();
    await deps.lastWhoami.set(me);
    return { ok: true, me, stale: false };
  } catch (error) {
    const failure = toFailure(error);
    const cached = isUnreachable(failure) ? await deps.lastWhoami.get() : null;
    if (cached) return { ok: true, me: cached, stale: true };
    if (!isUnreachable(failure)) await deps.lastWhoami.set(null);
    return failure;
  }
}

/** Tries settings the user has typed but not saved. */
export async function testConnection(deps: BackgroundDeps, input: Settings): Promise<WhoamiResult> {
  const checked = checkSettings(input);
  if (!checked.ok) return checked;
  if (!checked.settings.token) return noToken;
  try {
    return { ok: true, me: await deps.api(checked.settings).whoami(), stale: false };
  } catch (error) {
    return toFailure(error);
  }
}

export async function saveSettings(deps: BackgroundDeps, input: Settings): Promise<SaveSettingsResult> {
  const checked = checkSettings(input);
  if (!checked.ok) return checked;
  const before = await deps.readSettings();
  const next = checked.settings;
  if (before.serverUrl !== next.serverUrl || before.token !== next.token) {
    // Figures fetched with other credentials must not show up under the new ones.
    await Promise.all([deps.cache.clear(), deps.lastWhoami.set(null), deps.showBadge(null)]);
  }
  await deps.writeSettings(next);
  return { ok: true, settings: next };
}

function checkSettings(input: Settings): SaveSettingsResult {
  const serverUrl = normalizeServerUrl(String(input.serverUrl));
  if (!serverUrl) return { ok: false, error: 'bad_server_url', message: 'the server URL must be an http(s) URL' };
  const token = String(input.token).trim();
  if (token.length > maxTokenLength || /\s/.test(token)) {
    return { ok: false, error: 'unauthorized', message: 'the token is not well-formed' };
  }
  return { ok: true, settings: { serverUrl, token } };
}
