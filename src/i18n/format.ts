import { currentLocale, intlTag, type Locale } from './locale.ts';

/**
 * Numbers and calendar words in the reader's language, through Intl. Formatters are built once
 * per language: building one costs far more than formatting with it.
 */
function perLocale<T>(make: (tag: string) => T): (locale?: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale = currentLocale()) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(intlTag(locale))));
    return value;
  };
}

const numbers = perLocale((tag) => new Intl.NumberFormat(tag));
const plurals = perLocale((tag) => new Intl.PluralRules(tag));
const months = perLocale((tag) => {
  const format = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 15)));
});

/** "1,234" in English, "12.345" in Spanish. */
export const formatNumber = (n: number): string => numbers().format(n);

/** The plural category of a count ("one", "other"…) in the reader's language. */
export const pluralOf = (n: number): Intl.LDMLPluralRule => plurals().select(n);

/** A count with its noun, chosen by Intl.PluralRules: `counted(3, { one: 'event', other: 'events' })`. */
export function counted(n: number, forms: { one: string; other: string }): string {
  return `${formatNumber(n)} ${pluralOf(n) === 'one' ? forms.one : forms.other}`;
}

/** The month's name (1–12) in the reader's language: "March", "marzo". */
export const monthName = (month: number): string => months()[month - 1] ?? '';

/** A formatter of UTC dates in the reader's language, built once per language and options. */
export function dateFormat(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  const get = perLocale((tag) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options }));
  return () => get();
}
