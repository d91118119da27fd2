import { formatIsoForReaders } from '../data/partial-date.ts';
import type { SourceMeta } from '../data/schema.ts';

/**
 * Where the timeline comes from, in the masthead's words: "Source: CNN, “37 times…”, first
 * published November 17, 2019; updated July 2020."
 */
export function attributionSentence(source: SourceMeta): string {
  let text = `Source: ${source.publisher}, “${source.title}”`;
  if (source.published) text += `, first published ${formatIsoForReaders(source.published)}`;
  if (source.updated) {
    text += `${source.published ? ';' : ','} updated ${formatIsoForReaders(source.updated)}`;
  }
  return `${text}.`;
}
