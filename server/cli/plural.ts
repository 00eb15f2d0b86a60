/**
 * A count with its noun in the right plural form: "1 event", "2 events". The CLI speaks English only, so
 * English's plural rules; Intl picks the form, as i18next's plurals do elsewhere.
 */
const rules = new Intl.PluralRules('en');

export function counted(count: number, one: string, other: string): string {
  return `${count} ${rules.select(count) === 'one' ? one : other}`;
}
