import de from '../locales/de/widget.json';
import en from '../locales/en/widget.json';
import es from '../locales/es/widget.json';
import fi from '../locales/fi/widget.json';
import fr from '../locales/fr/widget.json';
import it from '../locales/it/widget.json';
import ms from '../locales/ms/widget.json';
import pl from '../locales/pl/widget.json';
import ru from '../locales/ru/widget.json';
import uk from '../locales/uk/widget.json';
import zh from '../locales/zh/widget.json';
import type { WidgetLocale } from './widget-language.ts';

/** The buyers' widget's strings (i18next namespace `widget`), served one language at a time (/widget/locales). */
export const widgetResources = { en, uk, pl, fi, fr, de, it, es, zh, ms, ru } satisfies Record<WidgetLocale, typeof en>;
