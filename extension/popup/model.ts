import { computed, signal } from '@preact/signals';
import type { Whoami } from '../../shared/api.ts';
import { pickLocale } from '../../shared/i18n.ts';
import type { UiLocale } from '../../shared/roles.ts';
import type { ApiErrorCode, WhoamiResult } from '../messaging.ts';
import { i18nFor } from '../ui/bundled-locale.ts';

export interface PopupPorts {
  whoami(): Promise<WhoamiResult>;
  openOptions(): Promise<void>;
  uiLanguage(): string;
}

export type PopupStatus =
  | { kind: 'checking' }
  | { kind: 'connected'; me: Whoami; stale: boolean }
  | { kind: 'setup' }
  | { kind: 'failed'; error: ApiErrorCode };

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel(ports: PopupPorts) {
  const status = signal<PopupStatus>({ kind: 'checking' });
  const locale = signal<UiLocale>(pickLocale(ports.uiLanguage()));
  const i18n = computed(() => i18nFor(locale.value));

  async function load(): Promise<void> {
    const result = await ports
      .whoami()
      .catch((error: unknown): WhoamiResult => ({ ok: false, error: 'offline', message: String(error) }));
    if (result.ok) {
      locale.value = pickLocale(result.me.locale);
      status.value = { kind: 'connected', me: result.me, stale: result.stale };
    } else {
      status.value = result.error === 'no_token' ? { kind: 'setup' } : { kind: 'failed', error: result.error };
    }
  }

  return { status, locale, i18n, load, openOptions: () => void ports.openOptions().then(() => window.close()) };
}
