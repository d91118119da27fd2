import { describe, expect, it } from 'vitest';
import { problemsOf } from '../src/data/parse-result.ts';
import { parseDataset } from '../src/data/schema.ts';
import { LINK_KINDS } from '../src/data/store-shape.ts';
import { ZOOM_STEP } from '../src/timeline/lib/constants.ts';
import { paddedExtent } from '../src/timeline/lib/time-window.ts';
import { parseCli } from './generate-events.ts';
import {
  generatedPicture,
  PICTURE_HEIGHT,
  PICTURE_WIDTH,
  withPictures,
} from './lib/generated-pictures.ts';
import {
  GENERATED_GROUPS,
  linkHub,
  makeDataset,
  withGroups,
  withLinks,
} from './lib/generated-store.ts';
import { TITLE_MAX, TITLE_MIN, SUMMARY_MAX, SUMMARY_MIN } from './lib/news-text.ts';

const SEEDS = [0, 1, 7, 2024, 0xffffffff];
const SIZES = [1, 37, 2500];

describe('generated event stores', () => {
  describe.each(SEEDS)('seed %i', (seed) => {
    it.each(SIZES)('%i events pass the app’s schema with no problems', (count) => {
      const result = parseDataset(JSON.parse(JSON.stringify(makeDataset(count, seed))));
      expect(result).toMatchObject({ kind: 'ok', problems: [] });
      expect(result.kind === 'ok' && result.dataset.events.length).toBe(count);
    });
  });

  it('are the same for the same seed and differ between seeds', () => {
    expect(JSON.stringify(makeDataset(200, 3))).toBe(JSON.stringify(makeDataset(200, 3)));
    expect(JSON.stringify(makeDataset(200, 3))).not.toBe(JSON.stringify(makeDataset(200, 4)));
  });

  it('mix every precision, with and without labels, inside 1925–2024', () => {
    const { events } = makeDataset(3000, 1);
    const precisions = new Set(events.map((e) => e.date.precision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'season', 'span', 'year']);
    const labelled = events.filter((e) => e.date.label !== undefined).length;
    expect(labelled / events.length).toBeGreaterThan(0.15);
    expect(labelled / events.length).toBeLessThan(0.35);
    const years = events
      .flatMap((e) => [e.date.start, e.date.end ?? e.date.start])
      .map((d) => Number(d.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1925);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
  });

  it('keep headlines and summaries to their lengths, and quotes verbatim in the summary', () => {
    const { events } = makeDataset(2000, 5);
    for (const event of events) {
      expect(event.title.length).toBeGreaterThanOrEqual(TITLE_MIN);
      expect(event.title.length).toBeLessThanOrEqual(TITLE_MAX);
      expect(event.summary.length).toBeGreaterThanOrEqual(SUMMARY_MIN);
      expect(event.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
      for (const quote of event.quotes ?? []) expect(event.summary).toContain(quote.text);
    }
  });
});

describe('the generator’s command line', () => {
  it.each([
    [['--events', '500', '--seed', '9'], { counts: [500], seed: 9 }],
    [['--sizes', '1000, 10000'], { counts: [1000, 10000], seed: 1 }],
    [[], { counts: [10000], seed: 1 }],
  ])('reads %j', (argv, expected) => {
    expect(parseCli(argv)).toMatchObject(expected);
  });

  it.each([
    [['--events', '0'], /positive integer/],
    [['--events', '10', '--sizes', '20'], /either --events or --sizes/],
    [['--sizes', '10', '--out', 'x.json'], /--out names one file/],
    [['--seed', '4294967296'], /--seed must be/],
    [['--frobnicate'], /Unknown option/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(message);
  });
});

describe('a generated store with pictures', () => {
  it('passes the schema with a picture and its alt text on every event, each its own file', () => {
    const store = withPictures(makeDataset(50, 2), 'events-50-thumbnails');
    const result = parseDataset(JSON.parse(JSON.stringify(store)));
    expect(result).toMatchObject({ kind: 'ok', problems: [] });
    const events = result.kind === 'ok' ? result.dataset.events : [];
    expect(events).toHaveLength(50);
    const urls = events.map((e) => (e.media[0]?.kind === 'image' ? e.media[0].url : null));
    expect(new Set(urls).size).toBe(50);
    expect(urls.every((url) => url?.startsWith('events-50-thumbnails/'))).toBe(true);
  });

  it('draws a PNG of the stated size, different for each event', () => {
    const png = generatedPicture(3);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([PICTURE_WIDTH, PICTURE_HEIGHT]);
    expect(generatedPicture(4).equals(png)).toBe(false);
  });

  it('is asked for with --thumbnails, and not with --minimal too', () => {
    expect(parseCli(['--events', '1000', '--thumbnails']).variant).toBe('thumbnails');
    expect(() => parseCli(['--minimal', '--thumbnails'])).toThrow(
      /one of --minimal, --thumbnails, --groups and --links, not 2/,
    );
  });
});

describe('a generated store in groups', () => {
  const plain = makeDataset(2000, 4);
  const grouped = withGroups(plain, 4);

  it('passes the schema with its ten desks declared and every event in one of them', () => {
    const result = parseDataset(JSON.parse(JSON.stringify(grouped)));
    expect(result).toMatchObject({ kind: 'ok', problems: [] });
    const dataset = result.kind === 'ok' ? result.dataset : null;
    expect(dataset?.groups.map((g) => g.label)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Desk ${i + 1}`),
    );
    expect(dataset?.groups.filter((g) => g.color !== undefined)).toHaveLength(5);
    expect(dataset?.events.filter((e) => e.group === undefined)).toEqual([]);
  });

  it('holds the plain store’s events, each with a group drawn from the seed', () => {
    const ungrouped = grouped.events.map((event) => {
      const copy = { ...event };
      delete copy.group;
      return copy;
    });
    expect(ungrouped).toEqual(plain.events);
    expect(JSON.stringify(withGroups(plain, 4))).toBe(JSON.stringify(grouped));
    expect(JSON.stringify(withGroups(plain, 5))).not.toBe(JSON.stringify(grouped));
  });

  it('fills every desk, the first more than the last', () => {
    const counts = GENERATED_GROUPS.map(
      ({ id }) => grouped.events.filter((e) => e.group === id).length,
    );
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(counts[0]).toBeGreaterThan(3 * (counts[9] ?? Infinity));
  });

  it('is asked for with --groups, alone', () => {
    expect(parseCli(['--events', '10000', '--groups']).variant).toBe('groups');
    expect(() => parseCli(['--groups', '--thumbnails'])).toThrow(
      /one of --minimal, --thumbnails, --groups and --links, not 2/,
    );
  });
});

describe('a generated store with links', () => {
  const plain = makeDataset(1000, 1);
  const linked = withLinks(plain, 1);
  const parsed = parseDataset(JSON.parse(JSON.stringify(linked)));
  const events = parsed.kind === 'ok' ? parsed.dataset.events : [];
  const hub = events.find((e) => e.id === linkHub(plain.events).id);

  it.each(SEEDS)('passes the schema with no problems, its links all kept (seed %i)', (seed) => {
    const store = withLinks(makeDataset(200, seed), seed);
    const result = parseDataset(JSON.parse(JSON.stringify(store)));
    expect(result).toMatchObject({ kind: 'ok', problems: [] });
    const written = store.events.flatMap((e) => e.links ?? []).length;
    const kept = result.kind === 'ok' ? result.dataset.events.flatMap((e) => e.links).length : 0;
    expect([written, kept]).toEqual([16, 16]);
  });

  it('gives the event nearest the middle of the range twelve links of every kind', () => {
    expect(problemsOf(parsed)).toEqual([]);
    const [start, end] = paddedExtent(events);
    const middle = (start + end) / 2;
    const nearest = Math.min(...events.map((e) => Math.abs(e.date.start - middle)));
    expect(Math.abs((hub?.date.start ?? Infinity) - middle)).toBe(nearest);
    expect(hub?.links).toHaveLength(12);
    expect(new Set(hub?.links.map((l) => l.kind))).toEqual(new Set(LINK_KINDS));
    const notes = hub?.links.filter((l) => l.note !== undefined).length ?? 0;
    expect(notes).toBeGreaterThan(0);
    expect(notes).toBeLessThan(12);
  });

  it('leads only forward in time and answers only back', () => {
    const startOf = new Map(events.map((e) => [e.id, e.date.start]));
    const directed = events.flatMap((e) =>
      e.links
        .filter((l) => l.kind !== 'see-also')
        .map((l) => [l.kind, (startOf.get(l.to) ?? NaN) >= e.date.start]),
    );
    expect(directed.length).toBeGreaterThan(6);
    expect(directed.every(([kind, later]) => later === (kind === 'led-to'))).toBe(true);
  });

  it('links to events both inside and outside the view at 1/10 zoom', () => {
    const [start, end] = paddedExtent(events);
    const half = (end - start) / ZOOM_STEP ** 5 / 2;
    const middle = (start + end) / 2;
    const startOf = new Map(events.map((e) => [e.id, e.date.start]));
    const inView = (hub?.links ?? []).filter(
      (l) => Math.abs((startOf.get(l.to) ?? Infinity) - middle) < half,
    ).length;
    expect(inView).toBeGreaterThanOrEqual(3);
    expect((hub?.links.length ?? 0) - inView).toBeGreaterThanOrEqual(3);
  });

  it('has four other events link to it', () => {
    const linkers = events.filter((e) => e.id !== hub?.id && e.links.length > 0);
    expect(linkers).toHaveLength(4);
    expect(linkers.every((e) => e.links.length === 1 && e.links[0]?.to === hub?.id)).toBe(true);
  });

  it('holds the plain store’s events, and is the same for the same seed', () => {
    const unlinked = linked.events.map((event) => {
      const copy = { ...event };
      delete copy.links;
      return copy;
    });
    expect(unlinked).toEqual(plain.events);
    expect(JSON.stringify(withLinks(plain, 1))).toBe(JSON.stringify(linked));
  });

  it('is asked for with --links, alone', () => {
    expect(parseCli(['--events', '1000', '--links']).variant).toBe('links');
    expect(() => parseCli(['--links', '--groups'])).toThrow(
      /one of --minimal, --thumbnails, --groups and --links, not 2/,
    );
  });
});
