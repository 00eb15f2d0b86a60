import { storage } from 'wxt/utils/storage';
import type { Whoami } from '../shared/api.ts';
import { defaultServerUrl, type Settings } from './connection.ts';

/** Persisted settings. Only the background reads and writes them; pages ask it through messages. */

export const serverUrlItem = storage.defineItem<string>('local:serverUrl', { fallback: defaultServerUrl });
export const tokenItem = storage.defineItem<string>('local:token', { fallback: '' });

/** The last successful whoami for the current settings: the UI locale and an offline status line. */
export const lastWhoamiItem = storage.defineItem<Whoami | null>('local:lastWhoami', { fallback: null });

export async function readSettings(): Promise<Settings> {
  const [serverUrl, token] = await Promise.all([serverUrlItem.getValue(), tokenItem.getValue()]);
  return { serverUrl, token };
}
