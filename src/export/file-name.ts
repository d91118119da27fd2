import { slugOf } from '../data/csv-store.ts';

export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';

/**
 * `<dataset-slug>-<YYYY-MM-DD>.<ext>`, dated in the reader's own calendar: the day they saved it.
 * A title with no Latin letters or digits makes no slug: "timeline" stands in.
 */
export function exportFileName(title: string, format: ExportFormat, today: Date): string {
  const slug = slugOf(title, 60) || 'timeline';
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${String(today.getFullYear()).padStart(4, '0')}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `${slug}-${date}.${format}`;
}
