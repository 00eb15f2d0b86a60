import type { ReplyLanguage } from '../../../shared/drafts.ts';
import type { ComposedDraft, DraftPart } from './compose.ts';

/** Renders a key of the `reply` namespace in a language (i18next behind it, plural forms included). */
export interface Phrasebook {
  t(lang: ReplyLanguage, key: string, vars?: Record<string, string | number>): string;
}

/** Languages written without spaces between sentences. */
const noSpaceBetweenSentences: ReadonlySet<ReplyLanguage> = new Set(['zh']);

const dateFormats = new Map<ReplyLanguage, Intl.DateTimeFormat>();
/** A date as the language writes it ("3 May 2026", "3 maja 2026", "2026年5月3日"); formatters are cached. */
export function formatDate(lang: ReplyLanguage, iso: string): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

export class MissingPhraseError extends Error {
  constructor(
    readonly lang: ReplyLanguage,
    readonly key: string,
  ) {
    super(`reply phrase missing: ${lang}:${key}`);
  }
}

/**
 * One part in one language. A part the seller typed stays as typed in the draft's own language and is
 * marked untranslated in any other (no translator in this slice).
 */
function renderPart(part: DraftPart, lang: ReplyLanguage, source: ReplyLanguage, book: Phrasebook): string {
  if ('free' in part) return lang === source ? part.free : book.t(lang, 'gloss.untranslated', { text: part.free });
  const vars: Record<string, string | number> = { ...part.vars };
  for (const [name, iso] of Object.entries(part.dates ?? {})) vars[name] = formatDate(lang, iso);
  const text = book.t(lang, part.key, vars);
  // i18next answers a missing key with the key itself; a draft must never show one.
  if (!text || text === part.key || text.endsWith(part.key)) throw new MissingPhraseError(lang, part.key);
  return text;
}

/** The draft's text in `lang` (its own language, or the reader's for the gloss), from the same parts. */
export function renderDraft(
  draft: ComposedDraft,
  lang: ReplyLanguage,
  source: ReplyLanguage,
  book: Phrasebook,
): string {
  const join = noSpaceBetweenSentences.has(lang) ? '' : ' ';
  const greeting = renderPart(draft.greeting, lang, source, book);
  let body = draft.body.map((part) => renderPart(part, lang, source, book)).join(join);
  // German letters go on in lower case after a salutation that ends in a comma ("Guten Tag,\n\nvielen Dank").
  if (lang === 'de' && greeting.endsWith(',')) body = body.charAt(0).toLocaleLowerCase('de') + body.slice(1);
  return `${greeting}\n\n${body}\n\n${renderPart(draft.signoff, lang, source, book)}`;
}
