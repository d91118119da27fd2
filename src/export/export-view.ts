import {
  changesDay,
  selectAllEvents,
  selectDataset,
  selectShownEvents,
  type TimelineState,
} from '../state/store.ts';
import { shownWindow } from '../timeline/lib/time-window.ts';
import { storeCsvText, storeJsonText } from '../data/store-json.ts';
import { assertNever } from '../lib/assert-never.ts';
import { exportFileName, type ExportFormat } from './file-name.ts';
import { canvasMeasure, svgToPng } from './svg-to-png.ts';
import { IMAGE_WIDTH, timelineImage } from './timeline-image.ts';

/** The PNG is drawn at twice the SVG's size: 2400 × 1350 px, sharp on a high-density screen. */
export const PNG_SCALE = 2;

const TYPES: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/**
 * The file for a choice, from the state as it is now: the shown events (what the filters let
 * through), and for an image the window in view.
 */
export async function exportFile(
  format: ExportFormat,
  state: TimelineState,
  today = new Date(),
): Promise<{ blob: Blob; name: string }> {
  const dataset = selectDataset(state);
  if (!dataset) throw new Error('no timeline is shown');
  const shown = selectShownEvents(state);
  const name = exportFileName(dataset.title, format, today);
  const file = (text: string) => ({ blob: new Blob([text], { type: TYPES[format] }), name });
  const image = () =>
    timelineImage({
      dataset,
      shown,
      activeTopics: state.activeTopics,
      query: state.query,
      whatsNewSince: state.whatsNew ? changesDay(state) : null,
      groupBy: state.groupBy,
      // Before the timeline has set a window: the one it would open on for these filters.
      view: state.timeWindow ?? shownWindow(selectAllEvents(state), shown),
      measure: canvasMeasure(),
    });
  switch (format) {
    case 'png': {
      const { svg, height } = image();
      return { blob: await svgToPng(svg, IMAGE_WIDTH, height, PNG_SCALE), name };
    }
    case 'svg':
      return file(image().svg);
    case 'csv':
      // A byte-order mark: without one, Excel reads the file as its local encoding, not UTF-8.
      return file(`\ufeff${storeCsvText(dataset, shown)}`);
    case 'json':
      return file(storeJsonText(dataset, shown));
    default:
      return assertNever(format);
  }
}
