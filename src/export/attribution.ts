import { formatIsoForReaders } from '../data/partial-date.ts';
import type { SourceMeta } from '../data/schema.ts';
import { t } from '../i18n/messages.ts';

/**
 * Where the timeline comes from, in the masthead's words: "Source: CNN, “37 times…”, first
 * published November 17, 2019; updated July 2020."
 */
export function attributionSentence(source: SourceMeta): string {
  let text = `${t().sourcePrefix} ${source.publisher}, “${source.title}”`;
  if (source.published) text += t().firstPublished(formatIsoForReaders(source.published));
  if (source.updated) {
    text += t().updated(formatIsoForReaders(source.updated), Boolean(source.published));
  }
  return `${text}.`;
}
