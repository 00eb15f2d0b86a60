import type { Reason } from '../../../shared/reasons.ts';

/**
 * Some texts name a kind of product (a kettle, a phone case, a laptop). The language files are written in
 * parallel, so the same index means the same story in every language; this table says which item
 * categories such a text fits. Texts not listed fit any product.
 */
type Fit = Readonly<Record<number, readonly string[]>>;

export const negativeFit: Partial<Record<Reason, Fit>> = {
  damaged_item: { 0: ['phones', 'laptops'], 1: ['home'], 2: ['phones', 'laptops', 'headphones', 'accessories'] },
  wrong_item: { 0: ['phones', 'laptops'], 1: ['phones'], 2: ['home', 'accessories', 'headphones'] },
  delivery_cost: { 0: ['accessories'] },
  description_mismatch: { 0: ['phones', 'headphones'] },
  price_changed: { 2: ['headphones'] },
};

export const positiveFit: Fit = { 1: ['phones'], 6: ['laptops'] };
export const mixedFit: Fit = { 2: ['headphones'] };
export const contactFit: Fit = { 0: ['phones', 'laptops'], 3: ['phones'] };

/** The texts of a list that fit an item category (all of them if the table leaves none). */
export function fitting(list: readonly string[], fit: Fit | undefined, category: string): readonly string[] {
  if (!fit) return list;
  const kept = list.filter((_, i) => fit[i]?.includes(category) ?? true);
  return kept.length > 0 ? kept : list;
}
