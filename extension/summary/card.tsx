import type { TFunction } from 'i18next';
import type { ComponentChildren } from 'preact';
import type { SellerOverview } from '../../shared/api.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';
import type { UiLocale } from '../../shared/roles.ts';
import { LensIcon } from '../ui/icons.tsx';
import { formatCount, formatRating, formatTime } from '../ui/locale.ts';
import type { SummaryModel, SummaryView } from './model.ts';
import { QualitySection } from './quality.tsx';

/** The seller summary card: every state of `model.view`, in the reader's locale. */
export function SummaryCard({ model }: { model: SummaryModel }) {
  const view = model.view.value;
  const locale = model.locale.value;
  const i18n = model.i18n.value;
  if (!i18n) return null;
  const { t } = i18n;
  const stale = view.kind === 'ready' && view.stale;
  return (
    <section
      class={`sl-card${stale ? ' sl-card--stale' : ''}`}
      lang={locale}
      aria-label={t('summary.region')}
      aria-busy={view.kind === 'loading'}
      data-testid="sl-summary"
      data-state={stale ? 'stale' : view.kind}
    >
      <header class="sl-head">
        <span class="sl-brand">
          <LensIcon />
          {t('brand')}
        </span>
        {stale && (
          <span class="sl-pill sl-pill--stale" data-testid="sl-stale">
            {t('summary.stale')}
          </span>
        )}
      </header>
      <Body model={model} view={view} locale={locale} t={t} />
    </section>
  );
}

interface BodyProps {
  model: SummaryModel;
  view: SummaryView;
  locale: UiLocale;
  t: TFunction;
}

function Body({ model, view, locale, t }: BodyProps) {
  switch (view.kind) {
    case 'loading':
      return (
        <>
          <ShopLine name={model.pageShopName} />
          <p class="sl-muted" role="status" data-testid="sl-loading">
            {t('summary.loading')}
          </p>
          <div class="sl-stats" aria-hidden="true">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} class="sl-stat sl-stat--skeleton" />
            ))}
          </div>
        </>
      );
    case 'setup':
      return (
        <Notice title={t('summary.setupTitle')} text={t('errors.no_token')} testId="sl-setup">
          <button type="button" class="sl-button" data-testid="sl-open-options" onClick={model.openOptions}>
            {t('actions.openOptions')}
          </button>
        </Notice>
      );
    case 'error':
      return (
        <Notice title={t('summary.errorTitle')} text={t(`errors.${view.error}`)} testId="sl-error" error={view.error}>
          {(view.error === 'offline' || view.error === 'server_error') && (
            <button type="button" class="sl-button" data-testid="sl-retry" onClick={() => void model.load()}>
              {t('actions.retry')}
            </button>
          )}
          {view.error === 'unauthorized' && (
            <button type="button" class="sl-button" data-testid="sl-open-options" onClick={model.openOptions}>
              {t('actions.openOptions')}
            </button>
          )}
        </Notice>
      );
    case 'ready':
      return (
        <Figures
          overview={view.overview}
          quality={view.quality}
          stale={view.stale}
          fetchedAt={view.fetchedAt}
          locale={locale}
          t={t}
        />
      );
  }
}

function ShopLine({ name, meta }: { name: string | null; meta?: string }) {
  return (
    <div class="sl-shop-line">
      <h2 class="sl-shop" data-testid="sl-shop-name">
        {name ?? '\u00a0'}
      </h2>
      {meta && <span class="sl-meta">{meta}</span>}
    </div>
  );
}

interface NoticeProps {
  title: string;
  text: string;
  testId: string;
  error?: string;
  children?: ComponentChildren;
}

function Notice({ title, text, testId, error, children }: NoticeProps) {
  return (
    <div class={`sl-notice${error ? ' sl-notice--error' : ''}`} role="alert" data-testid={testId} data-error={error}>
      <p class="sl-notice-title">{title}</p>
      <p class="sl-notice-text">{text}</p>
      {children && <div class="sl-actions">{children}</div>}
    </div>
  );
}

interface FiguresProps {
  overview: SellerOverview;
  quality: SellerEvaluation | null;
  stale: boolean;
  fetchedAt: string;
  locale: UiLocale;
  t: TFunction;
}

function Figures({ overview, quality, stale, fetchedAt, locale, t }: FiguresProps) {
  const time = formatTime(locale, fetchedAt);
  const unresolved = overview.unresolvedNegatives;
  return (
    <>
      <ShopLine
        name={overview.name}
        meta={stale ? t('summary.staleSince', { time }) : t('summary.updatedAt', { time })}
      />
      <div class="sl-stats">
        <Stat
          testId="sl-review-count"
          value={overview.reviewCount}
          label={t('summary.reviews', { count: overview.reviewCount })}
          locale={locale}
        />
        <Stat
          testId="sl-negative-count"
          value={overview.negativeReviewCount}
          label={t('summary.negative', { count: overview.negativeReviewCount })}
          locale={locale}
        />
        <Stat
          testId="sl-unresolved-count"
          value={unresolved}
          label={t('summary.unresolved', { count: unresolved })}
          locale={locale}
          alert={unresolved > 0}
        />
        <div class="sl-stat" data-testid="sl-average-rating" data-value={overview.averageRating ?? ''}>
          <span class="sl-num">
            {overview.averageRating === null ? '—' : formatRating(locale, overview.averageRating)}
            {overview.averageRating !== null && (
              <span class="sl-star" aria-hidden="true">
                ★
              </span>
            )}
          </span>
          <span class="sl-label">
            {overview.averageRating === null ? t('summary.noRating') : t('summary.averageRating')}
          </span>
        </div>
      </div>
      <p class={`sl-callout${unresolved > 0 ? ' sl-callout--alert' : ''}`} data-testid="sl-callout">
        {unresolved > 0 ? t('summary.unresolvedAlert', { count: unresolved }) : t('summary.allAnswered')}
      </p>
      <QualitySection quality={quality} locale={locale} t={t} />
    </>
  );
}

interface StatProps {
  testId: string;
  value: number;
  label: string;
  locale: UiLocale;
  alert?: boolean;
}

function Stat({ testId, value, label, locale, alert = false }: StatProps) {
  return (
    <div class={`sl-stat${alert ? ' sl-stat--alert' : ''}`} data-testid={testId} data-value={value}>
      <span class="sl-num">{formatCount(locale, value)}</span>
      <span class="sl-label">{label}</span>
    </div>
  );
}
