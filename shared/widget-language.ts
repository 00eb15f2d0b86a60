/** The languages of the buyers' widget: every UI locale and Russian, since a shop's buyers read the shop's language. */
export const widgetLocales = ['en', 'uk', 'pl', 'fi', 'fr', 'de', 'it', 'es', 'zh', 'ms', 'ru'] as const;
export type WidgetLocale = (typeof widgetLocales)[number];

/** The widget's language from the page's `<html lang>` or the browser's ("pt-BR" → English, "ru-RU" → Russian). */
export function pickWidgetLocale(...tags: (string | null | undefined)[]): WidgetLocale {
  for (const tag of tags) {
    const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
    if ((widgetLocales as readonly string[]).includes(base)) return base as WidgetLocale;
  }
  return 'en';
}
