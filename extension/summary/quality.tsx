import type { TFunction } from 'i18next';
import { describePathStep } from '../../shared/path-to-green.ts';
import type { PathStep, SellerEvaluation, Status } from '../../shared/quality.ts';
import { type Axis, axes } from '../../shared/quality-axes.ts';
import type { UiLocale } from '../../shared/roles.ts';
import { formatCount } from '../ui/locale.ts';

/** How many path-to-green steps the card lists; the rest are for the dashboard. */
export const maxPathSteps = 3;

/** Statistics-based statuses; with too little data they are shown without colour, never a confident red. */
const uncertainWhenThin: readonly Status[] = ['ok', 'watch', 'at_risk'];

interface QualityProps {
  quality: SellerEvaluation | null;
  locale: UiLocale;
  t: TFunction;
}

/** The seller's quality under the figures: status and the rule that fired, axis scores, path to green. */
export function QualitySection({ quality, locale, t }: QualityProps) {
  if (!quality) {
    return (
      <p class="sl-q-unavailable" data-testid="sl-quality-unavailable">
        {t('summary.quality.unavailable')}
      </p>
    );
  }
  const thin = quality.flags.includes('not_enough_data');
  const tone = thin && uncertainWhenThin.includes(quality.status) ? 'uncertain' : quality.status;
  const steps = quality.pathToGreen.slice(0, maxPathSteps);
  return (
    <section class="sl-quality" data-testid="sl-quality" aria-label={t('summary.quality.title')}>
      <div class="sl-q-head">
        <span class="sl-q-title">{t('summary.quality.title')}</span>
        <span
          class={`sl-q-pill sl-q-pill--${tone}`}
          data-testid="sl-quality-status"
          data-status={quality.status}
          data-tone={tone}
        >
          {t(`status.${quality.status}`, { ns: 'quality' })}
        </span>
        {quality.rule && (
          <span class="sl-q-rule" data-testid="sl-quality-rule" data-rule={quality.rule}>
            {t(`flag.${quality.rule}`, { ns: 'quality' })}
          </span>
        )}
      </div>
      {thin && quality.rule !== 'not_enough_data' && (
        <p class="sl-q-thin" data-testid="sl-quality-thin">
          {t('flag.not_enough_data', { ns: 'quality' })}
        </p>
      )}
      <ul class="sl-q-axes">
        {axes.map((axis) => (
          <AxisScore key={axis} axis={axis} score={quality.axes[axis].score} thin={thin} locale={locale} t={t} />
        ))}
      </ul>
      {steps.length > 0 && (
        <div class="sl-q-path" data-testid="sl-quality-path">
          <p class="sl-q-path-title">{t('summary.quality.pathTitle')}</p>
          <ol>
            {steps.map((step) => (
              <li key={`${step.action}\u0000${step.detail ?? ''}`} data-action={step.action}>
                {pathText(step, t, locale)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

interface AxisProps {
  axis: Axis;
  score: number | null;
  thin: boolean;
  locale: UiLocale;
  t: TFunction;
}

function AxisScore({ axis, score, thin, locale, t }: AxisProps) {
  const rounded = score === null ? null : Math.round(Math.min(100, Math.max(0, score)));
  // The server scores 70 at the policy threshold and 30 at twice it (server/domain/quality/metrics.ts).
  const band = rounded === null || thin ? 'none' : rounded >= 70 ? 'good' : rounded >= 30 ? 'fair' : 'poor';
  const label = t(`axis.${axis}`, { ns: 'quality' });
  const value = rounded === null ? t('summary.quality.noScore') : t('summary.quality.score', { score: rounded });
  return (
    <li class={`sl-q-axis sl-q-axis--${band}`} data-testid={`sl-axis-${axis}`} data-score={rounded ?? ''} title={value}>
      <span class="sl-q-axis-name">{label}</span>
      {/* The bar repeats the number beside it, which is what assistive technology reads. */}
      <span class="sl-q-bar" aria-hidden="true">
        <span class="sl-q-fill" style={{ width: `${rounded ?? 0}%` }} />
      </span>
      <span class="sl-q-axis-num">
        {rounded === null ? t('summary.quality.noScore') : formatCount(locale, rounded)}
      </span>
    </li>
  );
}

function pathText(step: PathStep, t: TFunction, locale: UiLocale): string {
  return describePathStep(step, t, locale);
}
