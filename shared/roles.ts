import { z } from 'zod';
import { uiLocales } from './locale-tag.ts';

export const roles = ['seller', 'account_manager', 'moderator', 'admin'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export { uiLocales };
export const uiLocale = z.enum(uiLocales);
export type UiLocale = z.infer<typeof uiLocale>;
export const reviewLanguages = [...uiLocales, 'ru'] as const;
