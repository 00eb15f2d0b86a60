/** Review reasons and return reasons that count as a product-quality outcome (technical axis). */
export const productDefectReasons = ['defective_item', 'damaged_item', 'wrong_item', 'description_mismatch'] as const;
