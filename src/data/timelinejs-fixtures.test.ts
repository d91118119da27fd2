/**
 * Every template and example of TimelineJS3 (tests/fixtures/timelinejs) loads with every slide
 * accounted for: shown as an event, or named in a problem that says why it is not.
 */
import type { ProblemRecord } from './problem.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseStore } from './parse-store.ts';
import { READERS_AT_HAND } from './format-readers.ts';
import type { Loaded, LoadResult } from './parse-result.ts';
import type { TimelineEvent } from './schema.ts';
import { recordKey } from './timelinejs.ts';

const DIR = resolve(import.meta.dirname, '../../tests/fixtures/timelinejs');

/** Every fixture, loaded once as the app loads a store. */
const results = new Map<string, LoadResult>();
beforeAll(async () => {
  for (const file of readdirSync(DIR)) {
    const bytes = new Uint8Array(readFileSync(resolve(DIR, file)));
    const store = { bytes, name: file, path: file, contentType: '' };
    results.set(file, await parseStore(store, undefined, READERS_AT_HAND));
  }
});

function load(file: string): Loaded {
  const result = results.get(file);
  if (result?.kind !== 'ok') throw new Error(`${file}: ${JSON.stringify(result)}`);
  return result;
}

/** The slides a file holds, counted from the file itself. */
function slidesIn(file: string): number {
  const text = readFileSync(resolve(DIR, file), 'utf8');
  if (file.endsWith('.json')) {
    const json = JSON.parse(text) as { events?: unknown[]; timeline?: { date: unknown[] } };
    return (json.events ?? json.timeline?.date ?? []).length;
  }
  // The sheets' rows that are neither the title nor an era (their Type is the 16th column).
  return SHEET_SLIDES[file] ?? NaN;
}

/** Counted by hand in the sheets: all rows but the header and the title row. */
const SHEET_SLIDES: Record<string, number> = {
  'my-own-timeline.csv': 10,
  'women_in_computing.csv': 10,
};

// Years before 0001 show once partial dates read them ("-3499"); until then they are listed.

/** Slide `number` of a JSON, named by its headline. */
const slideNamed = (number: number, label: string): ProblemRecord => ({
  kind: 'slide',
  number,
  label,
});

/** The slides each file cannot show, by the records its problems name. */
const NOT_SHOWN: [string, ProblemRecord[]][] = [
  ['my-own-timeline.csv', []],
  ['women_in_computing.csv', []],
  ['women_in_computing.json', []],
  ['all-media-types.json', []],
  [
    'cosmo.json',
    [
      slideNamed(1, 'The Big Bang'),
      slideNamed(2, 'The Dark Ages and large-scale structure emergence'),
      slideNamed(3, 'The universe as it appears today'),
      slideNamed(4, 'The formation of the Solar System'),
      slideNamed(5, 'Paleozoic era'),
      slideNamed(6, 'approximate date of appearance of Homo sapiens'),
    ],
  ],
  [
    'cosmo-mixed.json',
    [
      slideNamed(1, 'The Big Bang'),
      slideNamed(2, 'The Sun Ignites'),
      slideNamed(3, 'The Cambrian Explosion and the First Complex Eyes'),
      slideNamed(4, 'Homo sapiens Appear'),
    ],
  ],
  ['eras.json', []],
  ['example.json', []],
  ['twain-marktwain.json', []],
  ['timeline3.json', []],
  ['houston-timeline3.json', []],
  ['mediatypes-timeline3.json', []],
  ['republican-timeline3.json', []],
  ['shit-people-say-timeline3.json', []],
  ['soundcite-timeline3.json', []],
  ['user-interface-timeline3.json', []],
];

/** A start date's problem: what leaves a slide out. */
const START_FIELD = /^(start_date|startDate|Year|Start Date)\b/;

describe.each(NOT_SHOWN)('%s', (file, notShown) => {
  it('accounts for every slide: shown, or named in a problem', () => {
    const result = load(file);
    const slides = slidesIn(file);
    expect(result.dataset.events.length + result.skipped).toBe(slides);
    const named = [
      ...new Map(
        result.problems
          .filter((p) => START_FIELD.test(p.field))
          .map((p) => [recordKey(p.record), p.record]),
      ).values(),
    ];
    expect(named).toEqual(notShown);
    expect(result.skipped).toBe(notShown.length);
  });
});

const event = (file: string, id: string): TimelineEvent => {
  const found = load(file).dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`${file} has no event ${id}`);
  return found;
};

/** What a few events come to: id → title, start, end, precision, label, group, media kinds. */
const MAPPED: [
  string,
  string,
  [string, string, string | null, string, string, string | null, string[]],
][] = [
  [
    'my-own-timeline.csv',
    'ada-lovelace',
    [
      'Ada Lovelace',
      '1815-12-10',
      '1852-11-27',
      'span',
      'December 10, 1815 – November 27, 1852',
      null,
      ['image'],
    ],
  ],
  [
    'my-own-timeline.csv',
    'and-the-women-who-made-it-work',
    [
      '...And the women who made it work',
      '1943-07',
      '1946',
      'span',
      'July 1943 – 1946',
      null,
      ['youtube'],
    ],
  ],
  [
    'women_in_computing.json',
    'the-first-computer',
    ['The First Computer', '1943-06-05', null, 'day', 'June 5, 1943', null, ['unplayable']],
  ],
  [
    'women_in_computing.csv',
    'contributions-to-space-exploration',
    ['Contributions to space exploration', '1956', '1962', 'span', '1956 – 1962', null, ['vimeo']],
  ],
  [
    'all-media-types.json',
    'youtube-videos',
    ['YouTube Videos', '1901', null, 'year', '1901', 'video', ['youtube']],
  ],
  [
    'all-media-types.json',
    'bluesky-2',
    ['Bluesky', '1904-08', null, 'month', 'August 1904', 'social-media', ['unplayable']],
  ],
  [
    'all-media-types.json',
    'wikipedia-commons',
    ['Wikimedia Commons Image links', '1930', null, 'year', '1930', 'image', ['image']],
  ],
  [
    'eras.json',
    'muhammad-migrates-from-mecca-to-medina',
    [
      'Muhammad Migrates from Mecca to Medina',
      '0622-08-09',
      '0622-08-23',
      'span',
      'August 9, 622 AD – August 23, 622 AD',
      null,
      ['unplayable'],
    ],
  ],
  [
    'twain-marktwain.json',
    'hannibal-missouri',
    [
      'Hannibal, Missouri',
      '1920-01-05',
      '1923-01-05',
      'span',
      'January 5, 1920, 06:45:56 – January 5, 1923, 06:45:56',
      null,
      ['unplayable'],
    ],
  ],
  [
    'example.json',
    'marriage-to-michael-wilding',
    [
      'Marriage to Michael Wilding',
      '1952',
      '1957-01-26',
      'span',
      '1952 – January 26, 1957',
      null,
      [],
    ],
  ],
  [
    'timeline3.json',
    'the-bodyguard',
    ['"The Bodyguard"', '1992', null, 'year', '1992', null, ['youtube']],
  ],
];

describe('events map exactly', () => {
  it.each(MAPPED)('%s: %s', (file, id, [title, start, end, precision, label, group, kinds]) => {
    const found = event(file, id);
    expect([
      found.title,
      found.writtenDate.start,
      found.writtenDate.end ?? null,
      found.date.precision,
      found.date.label,
      found.group ?? null,
      found.media.map((m) => m.kind),
    ]).toEqual([title, start, end, precision, label, group, kinds]);
  });

  it('the title slide, the groups and the eras', () => {
    const media = load('all-media-types.json').dataset;
    expect(media.title).toBe('TimelineJS Media Types');
    expect(media.groups.map((g) => g.label)).toEqual([
      'Video',
      'Social Media',
      'Audio',
      'HTML',
      'Image',
    ]);
    const eras = load('eras.json').dataset.eras;
    expect(eras.map((e) => [e.title, e.written.start, e.written.end])).toEqual([
      ['Era Test 650-700', '0650', '0700'],
      ['Era Test 600-650', '0600', '0650'],
      ['Era Test 700-720', '0700', '0720'],
    ]);
    const women = load('women_in_computing.csv');
    expect(women.dataset.title).toBe('Women in Computing');
    expect(women.dataset.description).toMatch(/^In this sample timeline, we'll walk you through/);
    // Its picture is the title slide's background, which is listed, not shown.
    expect(women.dataset.media).toBeNull();
    expect(women.problems[0]).toEqual({
      record: { kind: 'row', number: 2, label: 'Women in Computing' },
      field: 'Background',
      reason: { code: 'tl-background' },
    });
  });

  it('a block quote in the media becomes the event’s quote', () => {
    expect(event('women_in_computing.csv', 'edith-clarke-bucking-the-trend').quotes).toEqual([
      {
        text: "There is no demand for women engineers, as such, as there are for women doctors; but there's always a demand for anyone who can do a good piece of work.",
        speaker:
          'Edith Clarke, first female professor of electrical engineering in the United States',
      },
    ]);
  });

  // TimelineJS's -300 shows as "300 BCE"; the id is the one TimelineJS made from the headline's markup.
  it('a year before the common era', () => {
    const euclid = event('cosmo-mixed.json', 'euclids-ioptica-i');
    expect([euclid.writtenDate.start, euclid.date.precision]).toEqual(['-0299', 'year']);
  });
});
