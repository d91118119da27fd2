import { beforeEach, describe, expect, it } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import {
  resetTimelineStore,
  selectAllEvents,
  selectShownEvents,
  useTimelineStore,
} from '../state/store.ts';
import { formatRange } from '../timeline/lib/format-range.ts';
import { paddedExtent, shownWindow } from '../timeline/lib/time-window.ts';
import { exportFile } from './export-view.ts';

const dataset = seedDataset();

/** jsdom's Blob has no text(): its FileReader reads it. */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

/** The range the exported SVG names, the first sentence of its description. */
async function svgRange(): Promise<string> {
  const { blob } = await exportFile('svg', useTimelineStore.getState());
  const doc = new DOMParser().parseFromString(await textOf(blob), 'image/svg+xml');
  const description = doc.querySelector('desc')?.textContent ?? '';
  return description.split('. ')[0] ?? '';
}

beforeEach(() => {
  resetTimelineStore();
  useTimelineStore.getState().setLoadResult({ kind: 'ok', dataset, problems: [], skipped: 0 });
});

describe('exportFile, before the timeline has set a window', () => {
  it('draws the window the filters fit, as the timeline would open on', async () => {
    useTimelineStore.setState({ activeTopics: ['sanctions'] });
    const state = useTimelineStore.getState();
    expect(state.timeWindow).toBeNull();
    const fitted = shownWindow(selectAllEvents(state), selectShownEvents(state));
    expect(fitted).not.toEqual(paddedExtent(dataset.events));
    expect(await svgRange()).toBe(formatRange(...fitted));
  });

  it('draws the whole range with no filters, headed by the events’ own years', async () => {
    // At Fit all the heading names the events' span (2013–2020), not the margin around it.
    const events = dataset.events;
    const first = Math.min(...events.map((e) => e.date.start));
    const last = Math.max(...events.map((e) => e.date.end));
    expect(await svgRange()).toBe(formatRange(first, last));
  });

  it('draws the window in view once there is one', async () => {
    const view = [Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)] as const;
    useTimelineStore.setState({ activeTopics: ['sanctions'], timeWindow: view });
    expect(await svgRange()).toBe(formatRange(...view));
  });
});
