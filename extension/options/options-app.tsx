import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { LensIcon } from '../ui/icons.tsx';
import type { OptionsModel, OptionsStatus } from './model.ts';

export function OptionsApp({ model }: { model: OptionsModel }) {
  const { t } = model.i18n.value;
  const showToken = useSignal(false);
  const locale = model.locale.value;
  // One element whichever the type (Preact patches the attribute), so focus stays on show/hide.
  const tokenInput = {
    name: 'token',
    autoComplete: 'off',
    spellcheck: false,
    value: model.token,
    onInput: (event: { currentTarget: HTMLInputElement }) => {
      model.token.value = event.currentTarget.value;
    },
    'data-testid': 'sl-token',
  };

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('options.title');
  }, [locale, t]);

  return (
    <main class="sl-page">
      <header class="sl-page-head">
        <span class="sl-logo">
          <LensIcon size={22} />
          {t('brand')}
        </span>
        <h1>{t('options.title')}</h1>
        <p class="sl-intro">{t('options.intro')}</p>
      </header>
      <form
        class="sl-form"
        onSubmit={(event) => {
          event.preventDefault();
          void model.save();
        }}
      >
        <label class="sl-field">
          <span class="sl-field-label">{t('options.serverUrl')}</span>
          <input
            type="url"
            name="serverUrl"
            required
            autoComplete="url"
            spellcheck={false}
            placeholder="http://127.0.0.1:8787"
            value={model.serverUrl}
            onInput={(event) => {
              model.serverUrl.value = event.currentTarget.value;
            }}
            data-testid="sl-server-url"
          />
          <span class="sl-hint">{t('options.serverUrlHint')}</span>
        </label>
        <label class="sl-field">
          <span class="sl-field-label">{t('options.token')}</span>
          <span class="sl-secret">
            {showToken.value ? <input type="text" {...tokenInput} /> : <input type="password" {...tokenInput} />}
            <button
              type="button"
              class="sl-button sl-button--ghost"
              aria-pressed={showToken.value}
              onClick={() => {
                showToken.value = !showToken.value;
              }}
            >
              {showToken.value ? t('options.hideToken') : t('options.showToken')}
            </button>
          </span>
          <span class="sl-hint">{t('options.tokenHint')}</span>
        </label>
        <div class="sl-buttons">
          <button type="submit" class="sl-button" disabled={model.busy} data-testid="sl-save">
            {model.status.value.kind === 'saving' ? t('options.saving') : t('options.save')}
          </button>
          <button
            type="button"
            class="sl-button sl-button--secondary"
            disabled={model.busy}
            onClick={() => void model.test()}
            data-testid="sl-test"
          >
            {model.status.value.kind === 'testing' ? t('options.testing') : t('options.test')}
          </button>
        </div>
        <StatusLine status={model.status.value} model={model} />
      </form>
    </main>
  );
}

function StatusLine({ status, model }: { status: OptionsStatus; model: OptionsModel }) {
  const { t } = model.i18n.value;
  const text = (() => {
    switch (status.kind) {
      case 'idle':
      case 'saving':
      case 'testing':
        return '';
      case 'saved':
        return t('options.saved');
      case 'connected':
        return t('options.connectedAs', { name: status.name, role: t(`roles.${status.role}`) });
      case 'failed':
        return t(`errors.${status.error}`);
      case 'permission_denied':
        return t('options.permissionDenied', { origin: status.origin });
    }
  })();
  const tone = status.kind === 'saved' || status.kind === 'connected' ? 'ok' : text ? 'error' : 'idle';
  return (
    <p
      class={`sl-status sl-status--${tone}`}
      role="status"
      aria-live="polite"
      data-testid="sl-options-status"
      data-state={status.kind}
    >
      {text}
    </p>
  );
}
