/**
 * The hashing trick: features (word stems, stem pairs, character n-grams) become bucket numbers computed
 * straight from the text's character codes (FNV-1a), with no strings built and no map lookups. Collisions
 * at these table sizes are rare and cost a little accuracy, not correctness.
 */
const OFFSET = 0x811c9dc5;
const PRIME = 16777619;

export const seeds = { stem: 1, pair: 2, chars: 3, han2: 4, han3: 5, gram: 6 } as const;

export const hashStart = (seed: number): number => Math.imul(OFFSET ^ seed, PRIME) >>> 0;

export const hashCode = (hash: number, code: number): number => Math.imul(hash ^ code, PRIME) >>> 0;

export function hashRange(hash: number, text: string, start: number, end: number): number {
  let h = hash;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME) >>> 0;
  return h;
}

/** A final mix so that the low bits used as the bucket depend on every character. */
export function bucketOf(hash: number, mask: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return (h >>> 0) & mask;
}
