import type { ExportFormat } from './file-name.ts';

export interface ExportChoice {
  format: ExportFormat;
  name: string;
}

/** The Export menu's items; what makes each file loads only once one is chosen. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: 'png', name: 'Image (PNG)' },
  { format: 'svg', name: 'Image (SVG)' },
  { format: 'csv', name: 'Events (CSV)' },
  { format: 'json', name: 'Events (JSON)' },
];
