import { type Reason, reasons } from '../../shared/reasons.ts';
import type { Classification } from '../domain/reviews/classify.ts';
import type { LabelledReview } from './labelled.ts';

export interface ReasonScore {
  reason: Reason;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  n: number;
  languageAccuracy: number;
  sentimentAccuracy: number;
  reasonMacroF1: number;
  byReason: ReasonScore[];
  byLanguage: { lang: string; n: number; languageAccuracy: number; sentimentAccuracy: number; reasonMacroF1: number }[];
  misclassified: { id: string; text: string; expected: string; got: string }[];
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Per-reason precision/recall/F1 over multi-label predictions; macro-F1 over reasons that occur. */
function reasonScores(pairs: { truth: LabelledReview; got: Classification }[]): ReasonScore[] {
  return reasons
    .map((reason) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const { truth, got } of pairs) {
        const expected = truth.reasons.includes(reason);
        const predicted = got.reasons.includes(reason);
        if (expected && predicted) tp += 1;
        else if (predicted) fp += 1;
        else if (expected) fn += 1;
      }
      const precision = tp + fp ? tp / (tp + fp) : 0;
      const recall = tp + fn ? tp / (tp + fn) : 0;
      return { reason, precision, recall, f1: f1(precision, recall), support: tp + fn };
    })
    .filter((s) => s.support > 0);
}

const macro = (scores: ReasonScore[]) => (scores.length ? scores.reduce((a, s) => a + s.f1, 0) / scores.length : 0);

export function evaluate(pairs: { truth: LabelledReview; got: Classification }[]): EvaluationReport {
  const share = (list: typeof pairs, ok: (p: (typeof pairs)[number]) => boolean) =>
    list.length ? list.filter(ok).length / list.length : 0;
  const langOk = (p: (typeof pairs)[number]) => p.got.lang === p.truth.lang;
  const sentimentOk = (p: (typeof pairs)[number]) => p.got.sentiment === p.truth.sentiment;
  const languages = [...new Set(pairs.map((p) => p.truth.lang))].sort();
  return {
    n: pairs.length,
    languageAccuracy: share(pairs, langOk),
    sentimentAccuracy: share(pairs, sentimentOk),
    reasonMacroF1: macro(reasonScores(pairs)),
    byReason: reasonScores(pairs),
    byLanguage: languages.map((lang) => {
      const subset = pairs.filter((p) => p.truth.lang === lang);
      return {
        lang,
        n: subset.length,
        languageAccuracy: share(subset, langOk),
        sentimentAccuracy: share(subset, sentimentOk),
        reasonMacroF1: macro(reasonScores(subset)),
      };
    }),
    misclassified: pairs
      .filter((p) => !sameReasons(p.truth.reasons, p.got.reasons) || !sentimentOk(p) || !langOk(p))
      .map((p) => ({
        id: p.truth.id,
        text: p.truth.text,
        expected: `${p.truth.lang} ${p.truth.sentiment} [${p.truth.reasons.join(',')}]`,
        got: `${p.got.lang} ${p.got.sentiment} [${p.got.reasons.join(',')}]`,
      })),
  };
}

function sameReasons(a: readonly string[], b: readonly string[]): boolean {
  const x = a.length ? a : [];
  const y = b.filter((r) => r !== 'other' || x.includes('other'));
  return x.length === y.length && x.every((r) => y.includes(r));
}
