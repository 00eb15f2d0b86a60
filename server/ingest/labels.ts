import type { EventOf } from '../../shared/events.ts';
import { classify } from '../classifier/classifier.ts';
import type { ReviewLabels } from '../db/ingest-batch.ts';

/** Reviews are classified on ingest: language (when the event has none), reasons, component, sentiment. */
export function reviewLabels(e: EventOf<'review'>): ReviewLabels {
  if (!e.text)
    return { lang: e.lang, reasons: [], component: null, sentiment: null, confidence: null, labelSource: null };
  const c = classify({ text: e.text, lang: e.lang, rating: e.rating });
  return {
    lang: e.lang ?? c.lang,
    reasons: c.reasons,
    component: c.component,
    sentiment: c.sentiment,
    confidence: c.confidence,
    labelSource: 'model',
  };
}
