import { useEffect } from 'preact/hooks';
import { LensIcon } from '../ui/icons.tsx';
import type { PopupModel } from './model.ts';

export function PopupApp({ model }: { model: PopupModel }) {
  const { t } = model.i18n.value;
  const status = model.status.value;
  const locale = model.locale.value;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const [line, detail, tone] = (() => {
    switch (status.kind) {
      case 'checking':
        return [t('popup.checking'), '', 'idle'] as const;
      case 'connected':
        return [
          status.stale
            ? t('popup.offlineAs', { name: status.me.name })
            : t('popup.connectedAs', { name: status.me.name }),
          t('popup.role', { role: t(`roles.${status.me.role}`) }),
          status.stale ? 'idle' : 'ok',
        ] as const;
      case 'setup':
        return [t('popup.notConfigured'), t('errors.no_token'), 'idle'] as const;
      case 'failed':
        return [t(`errors.${status.error}`), '', 'error'] as const;
    }
  })();

  return (
    <main class="sl-popup">
      <header class="sl-logo">
        <LensIcon size={20} />
        {t('brand')}
      </header>
      <div
        class={`sl-popup-status sl-status--${tone}`}
        role="status"
        data-testid="sl-popup-status"
        data-state={status.kind}
      >
        <span class={`sl-dot sl-dot--${tone}`} aria-hidden="true" />
        <span>
          <strong>{line}</strong>
          {detail && <span class="sl-hint">{detail}</span>}
        </span>
      </div>
      <button type="button" class="sl-button" onClick={model.openOptions} data-testid="sl-popup-options">
        {t('popup.openOptions')}
      </button>
    </main>
  );
}
