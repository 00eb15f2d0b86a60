/**
 * Lexicon matching by token index: a review is tokenised once, and each word is looked up — exact words and
 * stems (`відповіда*`) in maps keyed by the pattern's first word, then the rest of a phrase is checked.
 * Orders of magnitude faster than one big regular expression per reason. Chinese, which has no spaces, is
 * matched by substring.
 */
export type Token = { word: string } | { clauseEnd: true };

interface Pattern<C> {
  category: C;
  words: { text: string; stem: boolean }[];
}

export interface Hit<C> {
  category: C;
  /** Index of the first word of the match among the review's tokens (or character index for substrings). */
  at: number;
}

const TOKEN = /[\p{L}\p{M}'’]+|[.,;:!?…，。！？；]/gu;
const CLAUSE = /^[.,;:!?…，。！？；]$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.toLowerCase().matchAll(TOKEN)) {
    const value = match[0].replace(/’/g, "'");
    tokens.push(CLAUSE.test(value) ? { clauseEnd: true } : { word: value });
  }
  return tokens;
}

export class TokenMatcher<C> {
  private readonly exact = new Map<string, Pattern<C>[]>();
  private readonly stems = new Map<string, Pattern<C>[]>();
  private minStem = Number.POSITIVE_INFINITY;
  private maxStem = 0;

  add(category: C, phrase: string): void {
    const words = phrase
      .toLowerCase()
      .replace(/’/g, "'")
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), stem: true } : { text: w, stem: false }));
    const first = words[0];
    if (!first || first.text === '') return;
    const pattern = { category, words };
    const index = first.stem ? this.stems : this.exact;
    const list = index.get(first.text) ?? [];
    list.push(pattern);
    index.set(first.text, list);
    if (first.stem) {
      this.minStem = Math.min(this.minStem, first.text.length);
      this.maxStem = Math.max(this.maxStem, first.text.length);
    }
  }

  /** Every match in the tokens, one per pattern start position. */
  match(tokens: readonly Token[]): Hit<C>[] {
    const hits: Hit<C>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || !('word' in token)) continue;
      const word = token.word;
      this.tryAll(this.exact.get(word), tokens, i, hits);
      const longest = Math.min(word.length, this.maxStem);
      for (let length = this.minStem; length <= longest; length++) {
        this.tryAll(this.stems.get(word.slice(0, length)), tokens, i, hits);
      }
    }
    return hits;
  }

  private tryAll(patterns: Pattern<C>[] | undefined, tokens: readonly Token[], start: number, hits: Hit<C>[]): void {
    if (!patterns) return;
    for (const pattern of patterns)
      if (matchesAt(pattern, tokens, start)) hits.push({ category: pattern.category, at: start });
  }
}

/** The rest of a phrase must follow word by word; punctuation between its words is allowed. */
function matchesAt<C>(pattern: Pattern<C>, tokens: readonly Token[], start: number): boolean {
  let position = start;
  for (const [k, part] of pattern.words.entries()) {
    if (k > 0) {
      position += 1;
      while (position < tokens.length && !('word' in (tokens[position] as Token))) position += 1;
    }
    const token = tokens[position];
    if (!token || !('word' in token)) return false;
    const ok = part.stem ? token.word.startsWith(part.text) : token.word === part.text;
    if (!ok) return false;
  }
  return true;
}

/** Whether one of the two words before token `index`, in the same clause, is a negator. */
export function negatedAt(tokens: readonly Token[], index: number, negators: ReadonlySet<string>): boolean {
  let seen = 0;
  for (let i = index - 1; i >= 0 && seen < 2; i--) {
    const token = tokens[i];
    if (!token || !('word' in token)) return false;
    if (negators.has(token.word)) return true;
    seen += 1;
  }
  return false;
}

export class SubstringMatcher<C> {
  private readonly patterns: { category: C; text: string }[] = [];

  add(category: C, phrase: string): void {
    const text = phrase.trim().toLowerCase();
    if (text) this.patterns.push({ category, text });
  }

  match(text: string): Hit<C>[] {
    const lower = text.toLowerCase();
    const hits: Hit<C>[] = [];
    for (const { category, text: needle } of this.patterns) {
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length))
        hits.push({ category, at });
    }
    return hits;
  }
}

export function negatedBefore(text: string, at: number, negators: readonly string[]): boolean {
  const window = text.slice(Math.max(0, at - 3), at);
  return negators.some((n) => window.endsWith(n));
}
