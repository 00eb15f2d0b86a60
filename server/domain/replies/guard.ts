import type { Escalation, GuardWarning, ReplyLanguage } from '../../../shared/drafts.ts';
import { type GuardPatterns, guardPatterns } from './patterns/index.ts';

interface Compiled {
  blame: RegExp[];
  dispute: RegExp[];
  removalDeal: RegExp[];
  address: RegExp[];
  legal: RegExp[];
  fraud: RegExp[];
  safety: RegExp[];
}

const compile = (sources: string[]) => sources.map((source) => new RegExp(source, 'iu'));
const compiled = new Map<ReplyLanguage, Compiled>();
function patternsFor(lang: ReplyLanguage): Compiled {
  let found = compiled.get(lang);
  if (!found) {
    const p: GuardPatterns = guardPatterns[lang];
    found = {
      blame: compile(p.blame),
      dispute: compile(p.dispute),
      removalDeal: compile(p.removalDeal),
      address: compile(p.address),
      legal: compile(p.legal),
      fraud: compile(p.fraud),
      safety: compile(p.safety),
    };
    compiled.set(lang, found);
  }
  return found;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
// A phone number: an optional +, then at least 8 digits with the usual separators between them.
const PHONE = /(?:\+|\b00)?\d(?:[\s().-]?\d){7,}/u;

/** Lower-cases and folds the typographic apostrophe, so one pattern serves both spellings. */
const normalise = (text: string) => text.toLowerCase().replaceAll('’', "'");

function firstMatch(patterns: RegExp[], text: string): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

/**
 * Warnings for a reply in `lang`: blaming or arguing with the buyer, disputing the review instead of
 * solving it, asking for removal in exchange for something, revealing personal data. `known` are values
 * the draft was built from (an order id), which are not personal data however many digits they have.
 */
export function checkReply(text: string, lang: ReplyLanguage, known: readonly string[] = []): GuardWarning[] {
  let scanned = normalise(text);
  for (const value of known) if (value) scanned = scanned.replaceAll(normalise(value), ' ');
  const p = patternsFor(lang);
  const warnings: GuardWarning[] = [];
  const add = (kind: GuardWarning['kind'], match: string | null) => {
    if (match) warnings.push({ kind, match });
  };
  add('blame', firstMatch(p.blame, scanned));
  add('dispute', firstMatch(p.dispute, scanned));
  add('removal_deal', firstMatch(p.removalDeal, scanned));
  add('personal_data', EMAIL.exec(scanned)?.[0] ?? PHONE.exec(scanned)?.[0] ?? firstMatch(p.address, scanned));
  return warnings;
}

/**
 * Why a review needs a person instead of an automatic draft: it mentions a lawyer or court, calls the sale
 * a scam, or reports a safety risk. English terms count in every language (buyers borrow them).
 */
export function escalationsFor(text: string, lang: ReplyLanguage): Escalation[] {
  const scanned = normalise(text);
  const sets = lang === 'en' ? [patternsFor('en')] : [patternsFor(lang), patternsFor('en')];
  const found: Escalation[] = [];
  for (const reason of ['legal', 'fraud', 'safety'] as const) {
    for (const p of sets) {
      const match = firstMatch(p[reason], scanned);
      if (match) {
        found.push({ reason, match });
        break;
      }
    }
  }
  return found;
}
