import type { TFunction } from 'i18next';
import type { PathStep } from './quality.ts';

/**
 * A path-to-green step as a sentence in the reader's locale, from its structured fields: a rate step names the
 * window, the most bad outcomes allowed in the next chances, the rate that keeps it under, and the day that
 * takes at the seller's usual volume; a wait step the day the worse period leaves the window.
 */
export function describePathStep(step: PathStep, t: TFunction, locale: string): string {
  const metric = step.metric ? t(`metric.${step.metric}`, { ns: 'quality' }) : '';
  const day = (iso: string | null | undefined) =>
    iso
      ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(iso))
      : '';
  const number = (x: number | null | undefined, digits = 1) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x ?? 0);
  if (step.action === 'wait_for_window') {
    return t('pathRate.wait', { ns: 'quality', metric, window: step.window ?? 0, date: day(step.clears) });
  }
  if (step.allowed != null) {
    return t('pathRate.keep', {
      ns: 'quality',
      metric,
      allowed: step.allowed,
      next: step.count,
      rate: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(step.rate ?? 0),
      window: step.window ?? 0,
      perDay: number(step.perDay),
      date: day(step.by),
    });
  }
  return t(`path.${step.action}`, { ns: 'quality', count: step.count, of: step.of ?? 0, detail: step.detail ?? '' });
}
