import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import { parseJsonText } from '../data/parse-json.ts';
import type { Dataset } from '../data/schema.ts';
import { formatRange } from '../timeline/lib/format-range.ts';
import { paddedExtent } from '../timeline/lib/time-window.ts';
import type { Font } from './svg-text.ts';
import {
  IMAGE_HEIGHT,
  IMAGE_WIDTH,
  timelineImage,
  timelineSvg,
  type ImageInput,
} from './timeline-image.ts';

const measure = (text: string, font: Font) => [...text].length * font.size * 0.55;
const seed = seedDataset();

function render(overrides: Partial<ImageInput> = {}) {
  const dataset = overrides.dataset ?? seed;
  const svg = timelineSvg({
    dataset,
    shown: dataset.events,
    activeTopics: [],
    query: '',
    view: paddedExtent(dataset.events),
    measure,
    ...overrides,
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { svg, doc, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
}

describe('timelineSvg', () => {
  it('is well-formed SVG of the stated size', () => {
    const { doc } = render();
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([
      String(IMAGE_WIDTH),
      String(IMAGE_HEIGHT),
    ]);
  });

  it('writes the title, the range, the filters and the attribution as text', () => {
    const { texts, doc } = render();
    expect(doc.querySelector('title')?.textContent).toBe(seed.title);
    expect(texts).toContain(seed.title);
    // As the page's heading at Fit all: the episodes' own years, not their margin's.
    expect(texts).toContain('2013–2020');
    expect(texts).not.toContain(formatRange(...paddedExtent(seed.events)));
    expect(texts).toContain('All 27 events, no filters.');
    expect(texts.some((t) => t?.startsWith(`Source: ${seed.source!.publisher}, “`))).toBe(true);
  });

  it('writes the source link, when there is one', () => {
    const url = 'https://example.com/story?a=1&b=2';
    const { texts } = render({ dataset: { ...seed, source: { ...seed.source!, url } } });
    expect(texts).toContain(url);
  });

  it('draws the shown events only, and says the filter', () => {
    const shown = seed.events.filter((e) => e.topics.includes('nato'));
    const { doc, texts } = render({ shown, activeTopics: ['nato'], view: paddedExtent(shown) });
    expect(texts).toContain(`${shown.length} of 27 events, in the topic NATO.`);
    const markers = doc.querySelectorAll('svg svg circle, svg svg rect');
    expect(markers.length).toBeGreaterThanOrEqual(shown.length);
    const labels = [...doc.querySelectorAll('svg svg text')].map((t) => t.textContent).join(' ');
    const hidden = seed.events.find((e) => !e.topics.includes('nato'))!;
    expect(labels).not.toContain(hidden.title.split(' ').slice(0, 6).join(' '));
  });

  it('keeps text from the data as text, however it is written', () => {
    const title = `Tom & Jerry's <b>"show"</b> ]]> <!-- x --> \u0007end`;
    const dataset: Dataset = { ...seed, title, source: { ...seed.source!, publisher: '<&>' } };
    const { doc, texts, svg } = render({ dataset });
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('b')).toHaveLength(0);
    expect(texts).toContain(title.replace('\u0007', '\ufffd'));
    expect(texts.some((t) => t?.startsWith('Source: <&>, “'))).toBe(true);
    expect(svg).not.toContain('<b>');
  });

  it('refers to nothing outside the file', () => {
    const { svg } = render();
    expect(svg).not.toMatch(/href|url\(|@import|<image|<foreignObject/i);
  });

  it('says so when no event is shown', () => {
    const { texts } = render({ shown: [], activeTopics: ['nato'], query: 'zzz' });
    expect(texts).toContain('No events match these filters.');
  });

  it('draws the bands of a grouped view with their labels, and the eras with theirs', () => {
    const [first, second] = seed.events;
    const dataset: Dataset = {
      ...seed,
      groups: [
        { id: 'early', label: 'Early years', color: '#1d4ed8' },
        { id: 'late', label: 'Later years' },
      ],
      eras: [
        {
          id: 'first-term',
          title: 'First term',
          start: first!.date.start,
          end: seed.events.at(-1)!.date.end,
          color: undefined,
          written: { start: '2017', end: '2020' },
        },
      ],
      events: seed.events.map((event) =>
        event === first || event === second
          ? { ...event, group: 'early' }
          : { ...event, group: 'late' },
      ),
    };
    const { doc: grouped } = render({ dataset, shown: dataset.events, groupBy: 'groups' });
    const labels = [...grouped.querySelectorAll('svg svg text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Early years', 'Later years', 'First term']));
    expect(labels.indexOf('Early years')).toBeLessThan(labels.indexOf('Later years'));
    const { doc: plain } = render({ dataset, shown: dataset.events });
    const plainLabels = [...plain.querySelectorAll('svg svg text')].map((t) => t.textContent);
    expect(plainLabels).not.toContain('Early years');
    expect(plainLabels).toContain('First term');
  });
});

describe('an image of years before Christ', () => {
  const text = readFileSync(
    resolve(__dirname, '../../tests/fixtures/bc/roman-republic.json'),
    'utf8',
  );
  const loaded = parseJsonText(text, 'roman-republic.json');
  if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded.reason));
  const { dataset } = loaded;

  it('names the range and the axis years in their era', () => {
    const { texts } = render({
      dataset,
      shown: dataset.events,
      view: paddedExtent(dataset.events),
    });
    expect(texts).toContain('509 BC–14 AD');
    expect(texts).toEqual(
      expect.arrayContaining(['500 BC', '400 BC', '300 BC', '200 BC', '100 BC', '1 AD']),
    );
    // No year as ISO writes it ("-0508") nor as Intl would ("509" with no era).
    expect(texts.filter((t) => /(?:^|\s)-\d{4}\b|^\d{1,3}$/.test(t ?? ''))).toEqual([]);
  });

  it('grows taller where a grouped view’s bands need it, every band and its events in the picture', () => {
    const input = {
      dataset: seed,
      shown: seed.events,
      activeTopics: [],
      query: '',
      view: paddedExtent(seed.events),
      measure,
    };
    expect(timelineImage(input).height).toBe(IMAGE_HEIGHT);
    const grouped = timelineImage({ ...input, groupBy: 'topic' });
    const doc = new DOMParser().parseFromString(grouped.svg, 'image/svg+xml');
    expect(doc.documentElement.getAttribute('height')).toBe(String(grouped.height));
    const track = doc.querySelector('svg > svg');
    const trackHeight = Number(track?.getAttribute('height'));
    // Each band's line lies inside the track, which the picture holds whole.
    const bandLines = [...(track?.querySelectorAll('rect[height="1"]') ?? [])].map((rect) =>
      Number(rect.getAttribute('y')),
    );
    const topicsWithEvents = new Set(seed.events.map((event) => event.topics[0])).size;
    expect(bandLines).toHaveLength(topicsWithEvents);
    for (const y of bandLines) expect(y).toBeLessThan(trackHeight);
    expect(grouped.height).toBeGreaterThan(IMAGE_HEIGHT);
  });
});
