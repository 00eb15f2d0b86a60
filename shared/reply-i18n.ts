import i18next from 'i18next';
import de from '../locales/de/reply.json';
import en from '../locales/en/reply.json';
import es from '../locales/es/reply.json';
import fi from '../locales/fi/reply.json';
import fr from '../locales/fr/reply.json';
import it from '../locales/it/reply.json';
import ms from '../locales/ms/reply.json';
import pl from '../locales/pl/reply.json';
import ru from '../locales/ru/reply.json';
import uk from '../locales/uk/reply.json';
import zh from '../locales/zh/reply.json';
import type { ReplyLanguage } from './drafts.ts';

/**
 * The `reply` namespace in every reply language. Kept apart from the UI namespaces (shared/locales.ts)
 * because `ru` is a reply language but not a UI locale: it has this namespace only.
 */
export const replyResources = {
  en: { reply: en },
  uk: { reply: uk },
  ru: { reply: ru },
  pl: { reply: pl },
  fi: { reply: fi },
  fr: { reply: fr },
  de: { reply: de },
  it: { reply: it },
  es: { reply: es },
  zh: { reply: zh },
  ms: { reply: ms },
} satisfies Record<ReplyLanguage, { reply: object }>;

type Translate = (key: string, options: Record<string, unknown>) => string;

/** One i18next instance holding every reply language, rendering keys with plurals; no fallback language. */
export function createReplyPhrasebook(): {
  t(lang: ReplyLanguage, key: string, vars?: Record<string, string | number>): string;
} {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: false,
    resources: replyResources,
    ns: ['reply'],
    defaultNS: 'reply',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // Keys are built from parts at run time, so the typed `t` cannot check them; the locale test does.
  const t = instance.t.bind(instance) as unknown as Translate;
  return { t: (lang, key, vars) => t(key, { ...vars, lng: lang, ns: 'reply' }) };
}
