import { batch, signal } from '@preact/signals';
import type { i18n } from 'i18next';
import type { SellerOverview, SellerRefInput } from '../../shared/api.ts';
import { pickLocale, type UiLocale } from '../../shared/locale-tag.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';
import type { ApiErrorCode, OverviewResult, WhoamiResult } from '../messaging.ts';

/** What the summary needs from the extension; the content script passes the messaging layer. */
export interface SummaryPorts {
  overview(ref: SellerRefInput): Promise<OverviewResult>;
  whoami(): Promise<WhoamiResult>;
  openOptions(): Promise<void>;
  uiLanguage(): string;
  /** One locale's i18next instance, loaded on first use. */
  i18n(locale: UiLocale): Promise<i18n>;
}

export type SummaryView =
  | { kind: 'loading' }
  | { kind: 'ready'; overview: SellerOverview; quality: SellerEvaluation | null; stale: boolean; fetchedAt: string }
  | { kind: 'setup' }
  | { kind: 'error'; error: ApiErrorCode };

export type SummaryModel = ReturnType<typeof createSummaryModel>;

/** UI state of one seller summary; `load` may be called again (retry) until `abort` fires. */
export function createSummaryModel(
  ref: SellerRefInput,
  pageShopName: string | null,
  ports: SummaryPorts,
  abort: AbortSignal,
) {
  const view = signal<SummaryView>({ kind: 'loading' });
  const locale = signal<UiLocale>(pickLocale(ports.uiLanguage()));
  /** Null until the first locale has arrived; the card renders nothing before. */
  const i18n = signal<i18n | null>(null);

  /** Loads the browser's locale, so the card can show its loading state in words. */
  async function prepare(): Promise<void> {
    const instance = await ports.i18n(locale.value);
    if (!abort.aborted && i18n.value === null) i18n.value = instance;
  }

  async function load(): Promise<void> {
    view.value = { kind: 'loading' };
    const [me, result] = await Promise.all([
      ports.whoami().catch(() => null),
      ports
        .overview(ref)
        .catch((error: unknown): OverviewResult => ({ ok: false, error: 'offline', message: String(error) })),
    ]);
    const wanted = me?.ok ? pickLocale(me.me.locale) : locale.value;
    const instance = await ports.i18n(wanted).catch(() => i18n.value);
    if (abort.aborted) return;
    batch(() => {
      if (instance && instance !== i18n.value) {
        locale.value = wanted;
        i18n.value = instance;
      }
      view.value = toView(result);
    });
  }

  return {
    ref,
    pageShopName,
    view,
    locale,
    i18n,
    prepare,
    load,
    openOptions: () => ports.openOptions().catch(() => undefined),
  };
}

function toView(result: OverviewResult): SummaryView {
  if (result.ok) {
    const { overview, quality, stale, fetchedAt } = result;
    return { kind: 'ready', overview, quality, stale, fetchedAt };
  }
  if (result.error === 'no_token') return { kind: 'setup' };
  return { kind: 'error', error: result.error };
}
