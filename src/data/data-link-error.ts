/**
 * A data link the app will not follow, with the reader's message; loaders show it as it is. On
 * its own so that the loader can recognise it without carrying the code that throws it.
 */
export class DataLinkError extends Error {
  override name = 'DataLinkError';
}
