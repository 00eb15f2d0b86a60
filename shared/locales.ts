import de_demo from '../locales/de/demo.json';
import de_quality from '../locales/de/quality.json';
import de_ui from '../locales/de/ui.json';
import en_demo from '../locales/en/demo.json';
import en_quality from '../locales/en/quality.json';
import en_ui from '../locales/en/ui.json';
import es_demo from '../locales/es/demo.json';
import es_quality from '../locales/es/quality.json';
import es_ui from '../locales/es/ui.json';
import fi_demo from '../locales/fi/demo.json';
import fi_quality from '../locales/fi/quality.json';
import fi_ui from '../locales/fi/ui.json';
import fr_demo from '../locales/fr/demo.json';
import fr_quality from '../locales/fr/quality.json';
import fr_ui from '../locales/fr/ui.json';
import it_demo from '../locales/it/demo.json';
import it_quality from '../locales/it/quality.json';
import it_ui from '../locales/it/ui.json';
import ms_demo from '../locales/ms/demo.json';
import ms_quality from '../locales/ms/quality.json';
import ms_ui from '../locales/ms/ui.json';
import pl_demo from '../locales/pl/demo.json';
import pl_quality from '../locales/pl/quality.json';
import pl_ui from '../locales/pl/ui.json';
import uk_demo from '../locales/uk/demo.json';
import uk_quality from '../locales/uk/quality.json';
import uk_ui from '../locales/uk/ui.json';
import zh_demo from '../locales/zh/demo.json';
import zh_quality from '../locales/zh/quality.json';
import zh_ui from '../locales/zh/ui.json';
import type { UiLocale } from './roles.ts';

/** Every locale's resources, bundled statically so the server, the extension and the widget share them. */
export const resources = {
  en: { ui: en_ui, demo: en_demo, quality: en_quality },
  uk: { ui: uk_ui, demo: uk_demo, quality: uk_quality },
  pl: { ui: pl_ui, demo: pl_demo, quality: pl_quality },
  fi: { ui: fi_ui, demo: fi_demo, quality: fi_quality },
  fr: { ui: fr_ui, demo: fr_demo, quality: fr_quality },
  de: { ui: de_ui, demo: de_demo, quality: de_quality },
  it: { ui: it_ui, demo: it_demo, quality: it_quality },
  es: { ui: es_ui, demo: es_demo, quality: es_quality },
  zh: { ui: zh_ui, demo: zh_demo, quality: zh_quality },
  ms: { ui: ms_ui, demo: ms_demo, quality: ms_quality },
} satisfies Record<UiLocale, { ui: object; demo: object; quality: object }>;

export const namespaces = ['ui', 'demo', 'quality'] as const;
export type Namespace = (typeof namespaces)[number];
