import { t } from '../i18n/messages.ts';
import type { ExportFormat } from './file-name.ts';

export interface ExportChoice {
  format: ExportFormat;
  /** In the reader's language, read when the menu renders. */
  name: () => string;
}

/** The Export menu's items; what makes each file loads only once one is chosen. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: 'png', name: () => t().exportPng },
  { format: 'svg', name: () => t().exportSvg },
  { format: 'csv', name: () => t().exportCsv },
  { format: 'json', name: () => t().exportJson },
];
