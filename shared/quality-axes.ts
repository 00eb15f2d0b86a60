/** The three quality axes (R1), free of zod so that a content script can list them without the schemas. */
export const axes = ['technical', 'delivery', 'afterSales'] as const;
export type Axis = (typeof axes)[number];
