import type { ReplyLanguage } from '../../../../shared/drafts.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ms } from './ms.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import type { GuardPatterns } from './types.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

export type { GuardPatterns } from './types.ts';

export const guardPatterns: Record<ReplyLanguage, GuardPatterns> = { en, uk, ru, pl, fi, fr, de, it, es, zh, ms };
