import { batch, computed, signal } from '@preact/signals';
import type { SellerOverview, SellerRefInput } from '../../shared/api.ts';
import { pickLocale } from '../../shared/i18n.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';
import type { UiLocale } from '../../shared/roles.ts';
import type { ApiErrorCode, OverviewResult, WhoamiResult } from '../messaging.ts';
import { i18nFor } from '../ui/locale.ts';

/** What the summary needs from the extension; the content script passes the messaging layer. */
export interface SummaryPorts {
  overview(ref: SellerRefInput): Promise<OverviewResult>;
  whoami(): Promise<WhoamiResult>;
  openOptions(): Promise<void>;
  uiLanguage(): string;
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
  const i18n = computed(() => i18nFor(locale.value));

  async function load(): Promise<void> {
    view.value = { kind: 'loading' };
    const [me, result] = await Promise.all([
      ports.whoami().catch(() => null),
      ports
        .overview(ref)
        .catch((error: unknown): OverviewResult => ({ ok: false, error: 'offline', message: String(error) })),
    ]);
    if (abort.aborted) return;
    batch(() => {
      if (me?.ok) locale.value = pickLocale(me.me.locale);
      view.value = toView(result);
    });
  }

  return {
    ref,
    pageShopName,
    view,
    locale,
    i18n,
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
