import { currentLocale, type Locale } from './locale.ts';
import { en, type ProblemMessages } from './problem-messages-en.ts';
import { es } from './problem-messages-es.ts';

export type { ProblemMessages } from './problem-messages-en.ts';

/** Both languages: they load only with the problem list, which needs the reader's. */
export const PROBLEM_CATALOGUES: Readonly<Record<Locale, ProblemMessages>> = { en, es };

/** What is wrong in the data, in the reader's language: `problemWords().isMissing`. */
export const problemWords = (): ProblemMessages => PROBLEM_CATALOGUES[currentLocale()];
