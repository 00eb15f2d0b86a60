import { Ajv, type ValidateFunction } from 'ajv';
import { z } from 'zod';
import { type ImportEvent, importEvent } from '../../shared/events.ts';

/**
 * The import event schema compiled to plain JavaScript, one validator per event type: the importer's fast
 * path. The zod schema in `shared/events.ts` stays the one definition (this is generated from it at start)
 * and the authority: a line the compiled check rejects is parsed again by zod, which names the field, and
 * which accepts it if the two ever disagreed. zod walks a million orders in about 3.4 µs each; the compiled
 * check in about 1.3 µs, which was 4-5 s of CPU on a full import.
 *
 * Options keep zod's semantics: string lengths count code points in both, patterns run without the `u` flag
 * as zod runs them, and `format` is ignored because zod's date-time check is its pattern, which the generated
 * schema carries. `tests/unit/compiled-events.test.ts` holds the two to the same verdicts.
 */
// Compiled once (~120 ms), by each reader thread as it starts and elsewhere on first use: the writer thread,
// which imports this module through read-events.ts, needs them only for --strict.
let validators: Map<string, ValidateFunction<ImportEvent>> | null = null;

export function compiledValidators(): Map<string, ValidateFunction<ImportEvent>> {
  if (validators) return validators;
  const ajv = new Ajv({ unicodeRegExp: false, validateFormats: false, strict: false });
  validators = new Map(
    importEvent.options.map((option) => [
      option.shape.type.value,
      ajv.compile<ImportEvent>(z.toJSONSchema(option, { target: 'draft-07' })),
    ]),
  );
  return validators;
}

/** True when `value` is a valid import event by the compiled check (then it is the event, unchanged). */
export function isImportEvent(value: unknown): value is ImportEvent {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string') return false;
  return compiledValidators().get(type)?.(value) ?? false;
}
