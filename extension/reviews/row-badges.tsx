import type { TFunction } from 'i18next';
import type { UiLocale } from '../../shared/locale-tag.ts';
import { isReason } from '../../shared/reasons.ts';
import type { Countdown, RowInsight } from './insights.ts';

/** What one review row gets: the mark, the countdown, reason chips, language and age, in one line. */
export function RowBadges({
  insight,
  locale,
  t,
  stale,
}: {
  insight: RowInsight;
  locale: UiLocale;
  t: TFunction;
  stale: boolean;
}) {
  const { mark, countdown, reasons, lang, ageDays } = insight;
  return (
    <fieldset
      class={`sl-row${stale ? ' sl-row--stale' : ''}`}
      lang={locale}
      aria-label={t('rows.region')}
      data-testid="sl-row"
      data-review-id={insight.id}
      data-mark={mark ?? 'none'}
    >
      {countdown && <CountdownChip countdown={countdown} t={t} />}
      {mark === 'commented' && (
        <span class="sl-chip sl-chip--done" data-testid="sl-row-mark">
          {`✓ ${t('rows.commented')}`}
        </span>
      )}
      {mark === 'resolved' && (
        <span class="sl-chip sl-chip--done" data-testid="sl-row-mark">
          {`✓ ${t('rows.resolved')}`}
        </span>
      )}
      {reasons.length > 0 && (
        <ul class="sl-reasons" aria-label={t('rows.reasons')}>
          {reasons.map((reason) => (
            <li key={reason} class="sl-chip sl-chip--reason" data-reason={reason}>
              {reasonLabel(t, reason)}
            </li>
          ))}
        </ul>
      )}
      {lang && (
        <span class="sl-chip sl-chip--quiet" data-testid="sl-row-lang" data-lang={lang}>
          {t('rows.language', { language: languageName(locale, lang) })}
        </span>
      )}
      {ageDays !== null && (
        <span class="sl-chip sl-chip--quiet" data-testid="sl-row-age">
          {ageDays === 0 ? t('rows.ageToday') : t('rows.age', { count: ageDays })}
        </span>
      )}
      {stale && <span class="sl-chip sl-chip--quiet">{t('rows.stale')}</span>}
    </fieldset>
  );
}

function CountdownChip({ countdown, t }: { countdown: Countdown; t: TFunction }) {
  const text =
    countdown.kind === 'overdue'
      ? t('rows.overdue', { count: countdown.days })
      : countdown.kind === 'today'
        ? t('rows.dueToday')
        : t('rows.left', { count: countdown.days });
  return (
    <span
      class={`sl-chip sl-chip--${countdown.kind === 'left' ? 'due' : 'late'}`}
      title={t('rows.deadlineTitle')}
      data-testid="sl-row-countdown"
      data-kind={countdown.kind}
      data-days={countdown.kind === 'today' ? '0' : String(countdown.days)}
    >
      {text}
    </span>
  );
}

function reasonLabel(t: TFunction, reason: string): string {
  return t(`reason.${isReason(reason) ? reason : 'other'}`);
}

/** The language's own name in the reader's locale ("Ukrainian", "ukrainien"); the code if Intl has none. */
export function languageName(locale: UiLocale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
