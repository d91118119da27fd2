/**
 * Fetching the catalogue of a language other than English. English is in the page's code; each
 * other language is a chunk of its own, so that a reader pays only for the words they read.
 */
import { addCatalogue, type Messages } from './messages.ts';
import type { Locale } from './locale.ts';

/** One loader per language besides English: a language added to LOCALES must add its own. */
const FETCHED: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Messages>>> = {
  es: () => import('./messages-es.ts').then((m) => m.es),
};

/** Resolves once `t()` answers in `locale`; at once for English. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === 'en') return;
  addCatalogue(locale, await FETCHED[locale]());
}
