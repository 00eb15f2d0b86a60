import { z } from 'zod';
import { role } from './roles.ts';

/** Shapes the server returns and the extension and CLI read; types come from here by z.infer. */

export const sellerRef = z.object({
  marketplace: z.string().min(1).max(128),
  seller: z.string().min(1).max(128),
});
export type SellerRefInput = z.infer<typeof sellerRef>;

export const sellerOverview = z.object({
  marketplace: z.string(),
  seller: z.string(),
  name: z.string(),
  category: z.string(),
  joinedAt: z.string(),
  orderCount: z.number().int(),
  reviewCount: z.number().int(),
  negativeReviewCount: z.number().int(),
  unresolvedNegatives: z.number().int(),
  averageRating: z.number().nullable(),
});
export type SellerOverview = z.infer<typeof sellerOverview>;

export const sellerListItem = z.object({
  marketplace: z.string(),
  seller: z.string(),
  name: z.string(),
  category: z.string(),
});
export type SellerListItem = z.infer<typeof sellerListItem>;

export const whoami = z.object({
  id: z.string(),
  name: z.string(),
  role,
  locale: z.string(),
  marketplace: z.string().nullable(),
  shops: z.array(sellerRef),
});
export type Whoami = z.infer<typeof whoami>;
