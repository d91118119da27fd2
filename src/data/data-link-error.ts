import type { LinkRefusal } from './load-failure.ts';

/**
 * A data link the app will not follow, and why; loaders pass the reason on. On its own so that
 * the loader can recognise it without carrying the code that throws it.
 */
export class DataLinkError extends Error {
  override name = 'DataLinkError';

  constructor(readonly refusal: LinkRefusal) {
    super(`${refusal.code}: ${refusal.link}`);
  }
}
