/**
 * How many phrasings each part has in every reply locale (the locale test checks each language has them
 * all), and the deterministic choice among them: the same review always gets the same wording, different
 * reviews mostly different wordings, so a hundred replies in one language do not read alike.
 */
export const phrasings = {
  greeting: 4,
  ack: 4,
  explain: 2,
  contact: 4,
  invite: 3,
  signoff: 2,
} as const;
export type PhrasedPart = keyof typeof phrasings;

/** FNV-1a, 32 bits: stable across runs and platforms, cheap for short ids. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A picker seeded by the review id: each call mixes the seed with a salt, so parts vary independently. */
export function phrasePicker(id: string): (part: PhrasedPart, salt?: number) => number {
  const seed = hashId(id);
  return (part, salt = 0) => {
    let x = (seed ^ Math.imul(hashId(part) + salt, 0x9e3779b1)) >>> 0;
    x ^= x >>> 16;
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    x ^= x >>> 16;
    return ((x >>> 0) % phrasings[part]) + 1;
  };
}
