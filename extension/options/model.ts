import { batch, computed, signal } from '@preact/signals';
import { pickLocale } from '../../shared/i18n.ts';
import type { Role, UiLocale } from '../../shared/roles.ts';
import { isLoopback, normalizeServerUrl, originPattern, type Settings } from '../connection.ts';
import type { ApiErrorCode, SaveSettingsResult, WhoamiResult } from '../messaging.ts';
import { i18nFor } from '../ui/bundled-locale.ts';

export interface OptionsPorts {
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<SaveSettingsResult>;
  testConnection(settings: Settings): Promise<WhoamiResult>;
  whoami(): Promise<WhoamiResult>;
  /** Asks for a host permission; must be the first thing a click handler awaits (user gesture). */
  requestOrigin(pattern: string): Promise<boolean>;
  uiLanguage(): string;
}

export type OptionsStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'testing' }
  | { kind: 'connected'; name: string; role: Role }
  | { kind: 'failed'; error: ApiErrorCode }
  | { kind: 'permission_denied'; origin: string };

export type OptionsModel = ReturnType<typeof createOptionsModel>;

export function createOptionsModel(ports: OptionsPorts) {
  const serverUrl = signal('');
  const token = signal('');
  const status = signal<OptionsStatus>({ kind: 'idle' });
  const locale = signal<UiLocale>(pickLocale(ports.uiLanguage()));
  const i18n = computed(() => i18nFor(locale.value));
  const busy = computed(() => status.value.kind === 'saving' || status.value.kind === 'testing');

  async function load(): Promise<void> {
    const [settings, me] = await Promise.all([ports.getSettings(), ports.whoami().catch(() => null)]);
    batch(() => {
      serverUrl.value = settings.serverUrl;
      token.value = settings.token;
      if (me?.ok) locale.value = pickLocale(me.me.locale);
    });
  }

  /** The typed settings, with the host permission granted when the server is not on this machine. */
  async function permitted(): Promise<Settings | null> {
    const url = normalizeServerUrl(serverUrl.value);
    if (!url) {
      status.value = { kind: 'failed', error: 'bad_server_url' };
      return null;
    }
    if (!isLoopback(url) && !(await ports.requestOrigin(originPattern(url)).catch(() => false))) {
      status.value = { kind: 'permission_denied', origin: new URL(url).origin };
      return null;
    }
    return { serverUrl: url, token: token.value.trim() };
  }

  async function save(): Promise<void> {
    const settings = await permitted();
    if (!settings) return;
    status.value = { kind: 'saving' };
    const result = await ports.saveSettings(settings);
    if (!result.ok) {
      status.value = { kind: 'failed', error: result.error };
      return;
    }
    batch(() => {
      serverUrl.value = result.settings.serverUrl;
      token.value = result.settings.token;
      status.value = { kind: 'saved' };
    });
  }

  async function test(): Promise<void> {
    const settings = await permitted();
    if (!settings) return;
    status.value = { kind: 'testing' };
    const result = await ports.testConnection(settings);
    status.value = result.ok
      ? { kind: 'connected', name: result.me.name, role: result.me.role }
      : { kind: 'failed', error: result.error };
  }

  return { serverUrl, token, status, locale, i18n, busy, load, save, test };
}
