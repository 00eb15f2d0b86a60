import { z } from 'zod';

export const roles = ['seller', 'account_manager', 'moderator', 'admin'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** Locales the UI, replies and plans are written in; `ru` is read in reviews but not a UI locale. */
export const uiLocales = ['en', 'uk', 'pl', 'fi', 'fr', 'de', 'it', 'es', 'zh', 'ms'] as const;
export const uiLocale = z.enum(uiLocales);
export type UiLocale = z.infer<typeof uiLocale>;
export const reviewLanguages = [...uiLocales, 'ru'] as const;
