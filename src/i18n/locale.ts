/**
 * The reader's language, chosen once when the page starts: `?lang=es|en` wins, then the first of
 * the browser's languages that we speak, then English. It stays for the page's life (a change
 * reloads), so modules read it plainly instead of through React context.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The tag Intl formats with: a region fixes conventions a bare language leaves open. */
const INTL_TAG: Record<Locale, string> = { en: 'en-US', es: 'es-ES' };

export function isLocale(text: string | null | undefined): text is Locale {
  return (LOCALES as readonly (string | null | undefined)[]).includes(text);
}

/** `?lang=` if it names a language we speak, else the browser's first match ("es-MX" → es). */
export function pickLocale(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang')?.trim().toLowerCase();
  if (isLocale(asked)) return asked;
  for (const tag of languages) {
    const language = tag.split('-')[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return 'en';
}

let current: Locale = 'en';

export const currentLocale = (): Locale => current;
export const intlTag = (locale: Locale = current): string => INTL_TAG[locale];

/** Sets the language for everything formatted from now on (tests, the parse worker). */
export function setLocale(locale: Locale): void {
  current = locale;
}

/** Picks the page's language from its address and browser, and says it on `<html lang>`. */
export function startLocale(win: Window = window): Locale {
  setLocale(pickLocale(win.location.search, win.navigator.languages ?? [win.navigator.language]));
  win.document.documentElement.lang = current;
  return current;
}
