import type { ProblemReason, ProblemRecord } from './problem.ts';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parse-json.ts';
import { parseCsvText } from './parse-csv.ts';
import type { LoadResult } from './parse-result.ts';
import type { Dataset, Problem, TimelineEvent } from './schema.ts';
import { isTimelineJsJson } from './timelinejs-detect.ts';
import { isTimelineJsSheet } from './timelinejs-sheet.ts';
import { timelineJsSlug } from './timelinejs.ts';

type Ready = Extract<LoadResult, { kind: 'ok' }>;

function ready(result: LoadResult): Ready {
  if (result.kind !== 'ok') throw new Error(`not ready: ${JSON.stringify(result.reason)}`);
  return result;
}

/** A TimelineJS3 JSON of the given slides, loaded. */
const loadSlides = (events: unknown[], rest: Record<string, unknown> = {}) =>
  ready(parseJsonText(JSON.stringify({ events, ...rest }), 'tl.json'));

const only = (result: Ready): TimelineEvent => {
  expect(result.dataset.events).toHaveLength(1);
  return result.dataset.events[0] as TimelineEvent;
};

/** A problem as the reader gives it: its record, its field and its coded reason. */
const problem = (record: ProblemRecord, field: string, reason: ProblemReason): Problem => ({
  record,
  field,
  reason,
});
const ada = { kind: 'slide', number: 1, label: 'Ada Lovelace' } as const;

const slide = (extra: Record<string, unknown> = {}) => ({
  start_date: { year: '1815', month: '12', day: '10' },
  text: { headline: 'Ada Lovelace', text: '' },
  ...extra,
});

describe('TimelineJS JSON is told from ours by its shape', () => {
  it.each([
    [{ events: [] }, true],
    [{ title: {}, events: [], eras: [], scale: 'human' }, true],
    [{ timeline: { headline: 'x', date: [] } }, true],
    [{ version: 1, title: 'x', topics: [], events: [] }, false],
    [{ version: 2, events: [] }, false],
    [[], false],
    [null, false],
    [{ timeline: {} }, false],
  ])('%j → %s', (json, expected) => {
    expect(isTimelineJsJson(json)).toBe(expected);
  });
});

describe('a TimelineJS sheet is told from ours by its header row', () => {
  it.each([
    [['Year', 'Month', 'Day', 'Headline', 'Text'], true],
    [['year', 'HEADLINE'], true],
    [['Start Date', 'End Date', 'Headline', 'Text', 'Tag'], true],
    [['  Head line ', 'Ye ar'], true],
    [['title', 'start', 'topics'], false],
    [['Headline', 'Text'], false],
    [['Year', 'Title'], false],
  ])('%j → %s', (header, expected) => {
    expect(isTimelineJsSheet(header)).toBe(expected);
  });
});

describe('each field of a slide', () => {
  it.each([
    [
      'a year',
      { start_date: { year: '1951' } },
      { start: '1951', precision: 'year', label: '1951', kind: 'fuzzy' },
    ],
    [
      'a month',
      { start_date: { year: 1943, month: 7 } },
      { start: '1943-07', precision: 'month', label: 'July 1943' },
    ],
    [
      'a day',
      { start_date: { year: '1815', month: '12', day: '10' } },
      { start: '1815-12-10', precision: 'day', label: 'December 10, 1815', kind: 'exact' },
    ],
    [
      'an end date: a span',
      { start_date: { year: '1943', month: '7' }, end_date: { year: '1946' } },
      { start: '1943-07', end: '1946', precision: 'span', label: 'July 1943 – 1946' },
    ],
    [
      'an end date equal to the start: no span, as TimelineJS drops it',
      { start_date: { year: '1990' }, end_date: { year: '1990', month: '' } },
      { start: '1990', precision: 'year', label: '1990' },
    ],
    [
      'a time of day: kept on its day, in the label',
      { start_date: { year: '2000', month: '01', day: '05', hour: '6', minute: '45' } },
      { start: '2000-01-05', precision: 'day', label: 'January 5, 2000, 06:45' },
    ],
    [
      'a display_date: the label',
      { start_date: { year: '1932' }, display_date: 'Early <em>1932</em>' },
      { start: '1932', precision: 'year', label: 'Early 1932' },
    ],
    [
      'the dates’ own display_date',
      {
        start_date: { year: '1932', display_date: 'Winter' },
        end_date: { year: '1933', display_date: 'spring' },
      },
      { start: '1932', end: '1933', precision: 'span', label: 'Winter – spring' },
    ],
  ])('%s', (_name, fields, expected) => {
    const event = only(loadSlides([slide(fields)]));
    const { start, end, label, precision, kind } = expected as Record<string, string>;
    expect(event.writtenDate.start).toBe(start);
    expect(event.writtenDate.end).toBe(end);
    expect(event.date.precision).toBe(precision);
    expect(event.date.label).toBe(label);
    if (kind) expect(event.date.kind).toBe(kind);
  });

  it.each([
    [
      'headline → title, as text',
      { text: { headline: 'Ada <em>Lovelace</em> &amp; Babbage', text: '' } },
      { title: 'Ada Lovelace & Babbage' },
    ],
    [
      'text → summary as text and summaryHtml as written',
      { text: { headline: 'A', text: '<p>One <a href="https://e.org">link</a></p><p>Two</p>' } },
      {
        summary: 'One link\n\nTwo',
        summaryHtml: '<p>One <a href="https://e.org">link</a></p><p>Two</p>',
      },
    ],
    [
      'text without markup → summary only',
      { text: { headline: 'A', text: 'Just words.' } },
      { summary: 'Just words.', summaryHtml: undefined },
    ],
    [
      'no headline → the first line of the text',
      { text: { headline: '', text: '<p>First line.</p><p>Second.</p>' } },
      { title: 'First line.' },
    ],
    ['unique_id, a slug → the id', { unique_id: 'ada-lovelace' }, { id: 'ada-lovelace' }],
    ['unique_id, odd → slugged', { unique_id: 'Ada_Lovelace 1815!' }, { id: 'ada-lovelace-1815' }],
    [
      'no unique_id → TimelineJS’s own, from the headline',
      { text: { headline: 'Ada Lovelace', text: '' } },
      { id: 'ada-lovelace' },
    ],
    [
      'group → the group and a topic',
      { group: ' Pioneers ' },
      { group: 'pioneers', topics: ['pioneers'] },
    ],
    ['no group → the topic Events', {}, { group: undefined, topics: ['events'] }],
  ])('%s', (_name, fields, expected) => {
    const event = only(loadSlides([slide(fields)]));
    for (const [key, value] of Object.entries(expected)) {
      expect(event[key as keyof TimelineEvent]).toEqual(value);
    }
  });

  it.each([
    ['https://www.youtube.com/watch?v=aPweFhhXFvY', 'youtube'],
    ['https://vimeo.com/304869290', 'vimeo'],
    ['//upload.wikimedia.org/wikipedia/commons/d/dd/Whitney.jpg', 'image'],
    ['https://soundcite.knightlab.com/media/bach-cello-suite.mp3', 'audio'],
    ['https://uploads.knightlab.com/escalator.mp4', 'video'],
    ['https://commons.wikimedia.org/wiki/File:Beryl-Quartz-Emerald.jpg', 'image'],
    ['https://twitter.com/yayitsrob/status/1265638281783447552', 'unplayable'],
    ['https://www.google.com/maps/@42.032147,-87.6689625,15z', 'unplayable'],
    ['https://www.flickr.com/photos/joegermuska/9348943377/', 'unplayable'],
    ['https://en.wikipedia.org/wiki/Mechanical_Turk', 'unplayable'],
    ["<iframe src='https://example.org/'></iframe>", 'unplayable'],
    ['https://example.org/a-page', 'unplayable'],
  ])('media %s → %s', (url, kind) => {
    const event = only(
      loadSlides([slide({ media: { url, caption: '<em>Cap</em>', credit: 'Cred', alt: 'Alt' } })]),
    );
    expect(event.media.map((m) => m.kind)).toEqual([kind]);
    expect(event.media[0]).toMatchObject({ caption: 'Cap', credit: 'Cred' });
  });

  it.each([
    [
      'https://www.google.com/maps/@42.032147,-87.6689625,15z',
      { code: 'service-not-played', service: 'google-map' },
    ],
    [
      'https://www.flickr.com/photos/joegermuska/9348943377/',
      { code: 'service-not-played', service: 'flickr-page' },
    ],
    [
      'https://docs.google.com/document/d/1/edit',
      { code: 'service-not-played', service: 'google-file' },
    ],
    ["<iframe src='https://example.org/'></iframe>", { code: 'embed-markup' }],
    ['https://example.org/a-page', { code: 'web-page' }],
  ])('media %s cannot be shown, and the item and its problem say why', (url, because) => {
    const result = loadSlides([slide({ media: { url } })]);
    expect(only(result).media[0]).toMatchObject({ kind: 'unplayable', reason: because });
    expect(result.problems.map((p) => p.reason)).toContainEqual({
      code: 'media-not-shown',
      because,
    });
  });

  it('a Commons file page becomes the file', () => {
    const event = only(
      loadSlides([
        slide({ media: { url: 'https://commons.wikimedia.org/wiki/File:Ape.png', alt: 'An ape' } }),
      ]),
    );
    expect(event.media[0]).toMatchObject({
      kind: 'image',
      url: 'https://commons.wikimedia.org/wiki/Special:FilePath/Ape.png',
      alt: 'An ape',
    });
  });

  it('a block quote becomes the event’s quote', () => {
    const event = only(
      loadSlides([
        slide({
          media: {
            url: '<blockquote>No demand for <em>women</em> engineers. <cite>Edith Clarke</cite></blockquote>',
          },
        }),
      ]),
    );
    expect(event.media).toEqual([]);
    expect(event.quotes).toEqual([
      { text: 'No demand for women engineers.', speaker: 'Edith Clarke' },
    ]);
  });

  it('a media title is the caption where there is none, and is listed beside one', () => {
    const url = 'https://example.com/ape.png';
    const titled = loadSlides([slide({ media: { url, alt: 'An ape', title: 'The <i>ape</i>' } })]);
    expect(only(titled).media[0]).toMatchObject({ kind: 'image', caption: 'The ape' });
    expect(titled.problems).toEqual([]);

    const both = loadSlides([
      slide({
        media: { url, alt: 'An ape', title: 'The ape', caption: 'An ape', link_target: '_self' },
      }),
    ]);
    expect(only(both).media[0]).toMatchObject({ caption: 'An ape' });
    expect(both.problems).toEqual([
      problem(ada, 'media.title', { code: 'tl-media-title-not-shown' }),
      problem(ada, 'media.link_target', { code: 'tl-media-link-target-not-used' }),
    ]);
  });
});

describe('what is not shown is listed, naming the slide and the field', () => {
  it('reports each, and shows the rest', () => {
    const result = loadSlides(
      [
        slide({ unique_id: 'kept', background: { color: '#000' } }),
        { text: { headline: 'No date' }, unique_id: 'undated' },
        slide({ unique_id: 'tweet', media: { url: 'https://twitter.com/a/status/1' } }),
        slide({ unique_id: 'far', start_date: { year: '-13800000000' } }),
        slide({ unique_id: 'mapped', location: { lat: 1 } }),
        slide({ unique_id: 'ends-early', end_date: { year: '1700' } }),
      ],
      { scale: 'cosmological' },
    );
    expect(result.dataset.events.map((e) => e.id)).toEqual([
      'ends-early',
      'kept',
      'mapped',
      'tweet',
    ]);
    expect(result.skipped).toBe(2);
    expect(result.problems).toEqual([
      problem({ kind: 'timeline' }, 'scale', { code: 'tl-cosmological-scale' }),
      problem({ kind: 'slide', number: 1, label: 'kept' }, 'background', {
        code: 'tl-background',
      }),
      problem({ kind: 'slide', number: 2, label: 'undated' }, 'start_date', {
        code: 'tl-slide-without-date',
      }),
      problem({ kind: 'slide', number: 3, label: 'tweet' }, 'media.url', {
        code: 'media-not-shown',
        because: { code: 'service-not-played', service: 'x-post' },
      }),
      problem({ kind: 'slide', number: 4, label: 'far' }, 'start_date.year', {
        code: 'tl-year-out-of-range',
        year: '-13800000000',
      }),
      problem({ kind: 'slide', number: 5, label: 'mapped' }, 'location', {
        code: 'tl-unknown-field',
      }),
      problem({ kind: 'slide', number: 6, label: 'ends-early' }, 'end_date', {
        code: 'tl-end-before-start',
      }),
    ]);
  });
});

describe('the title slide and eras', () => {
  it('the title slide gives the title, description and lead media', () => {
    const result = loadSlides([slide()], {
      title: {
        text: { headline: 'Women in <b>Computing</b>', text: '<p class="lead">A sample.</p>' },
        media: { url: 'https://example.org/eniac.gif', alt: 'ENIAC' },
      },
    });
    expect(result.dataset).toMatchObject({
      title: 'Women in Computing',
      description: 'A sample.',
      media: { kind: 'image', url: 'https://example.org/eniac.gif', alt: 'ENIAC' },
    });
  });

  it('eras become eras; one without an end is listed', () => {
    const result = loadSlides([slide()], {
      eras: [
        { start_date: { year: '600' }, end_date: { year: '650' }, text: { headline: 'Early' } },
        { start_date: { year: '700' }, text: { headline: 'Open' } },
      ],
    });
    expect(result.dataset.eras.map((e) => [e.id, e.title, e.written])).toEqual([
      ['early', 'Early', { start: '0600', end: '0650' }],
    ]);
    expect(result.problems).toEqual([
      problem({ kind: 'era', number: 2, label: 'Open' }, 'end_date', {
        code: 'tl-era-needs-dates',
      }),
    ]);
  });

  it('groups keep the order they first appear in, and ungrouped events get their own topic', () => {
    const result = loadSlides([
      slide({ group: 'Image', unique_id: 'a' }),
      slide({ unique_id: 'b' }),
      slide({ group: 'Audio', unique_id: 'c' }),
      slide({ group: 'Image', unique_id: 'd' }),
    ]);
    const { groups, topics } = result.dataset as Dataset;
    expect(groups.map((g) => [g.id, g.label])).toEqual([
      ['image', 'Image'],
      ['audio', 'Audio'],
    ]);
    expect(topics.map((t) => [t.id, t.label])).toEqual([
      ['image', 'Image'],
      ['audio', 'Audio'],
      ['other-events', 'Other events'],
    ]);
  });
});

describe('ids that old links name', () => {
  it.each([
    ['Ada Lovelace', 'ada-lovelace'],
    ['1943: ENIAC', '_1943-eniac'],
    ['Élysée Café, Paris', 'elysee-cafe-paris'],
    ['Rózsa Péter', 'rozsa-peter'],
    ['Łódź 1945', 'od-1945'],
    ['Elizabeth Taylor<br/> 1932-2011', 'elizabeth-taylorbr-1932-2011'],
  ])('TimelineJS slugs %j as %j', (headline, slug) => {
    expect(timelineJsSlug(headline)).toBe(slug);
  });

  it('maps TimelineJS’s ids to ours where they differ, as it made them unique', () => {
    const result = loadSlides([
      slide({ text: { headline: '1943', text: '' } }),
      slide({ text: { headline: '1943', text: '' } }),
      slide({ unique_id: 'Odd_ID' }),
      slide({ unique_id: 'fine-id' }),
    ]);
    expect(result.dataset.events.map((e) => e.id).sort()).toEqual([
      '1943',
      '1943-2',
      'fine-id',
      'odd-id',
    ]);
    expect([...(result.dataset.formerIds ?? new Map())]).toEqual([
      ['_1943', '1943'],
      ['_1943-2', '1943-2'],
      ['Odd_ID', 'odd-id'],
    ]);
  });
});

describe('the sheet', () => {
  const HEADER =
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background';

  it('reads its columns in any order and case, past blank rows, naming rows', () => {
    const csv = [
      'headline, YEAR ,month,Day,type,group,Media,alt text,Notes',
      'My timeline,,,,title,,,,',
      'First,1990,1,2,,Politics,https://e.org/a.jpg,A picture,',
      ',,,,,,,,',
      'Second,1991,,,,,,,',
      'Period,1990,,,era,,,,',
      'Undated,,,,,,,,',
    ].join('\n');
    const result = ready(parseCsvText(csv, 'sheet.csv'));
    expect(result.dataset.title).toBe('My timeline');
    expect(result.dataset.events.map((e) => [e.id, e.writtenDate.start, e.group])).toEqual([
      ['first', '1990-01-02', 'politics'],
      ['second', '1991', undefined],
    ]);
    expect(result.dataset.events[0]?.media[0]).toMatchObject({ kind: 'image', alt: 'A picture' });
    expect(result.problems).toEqual([
      problem({ kind: 'column-names' }, 'Notes', { code: 'tl-unknown-column' }),
      problem({ kind: 'row', number: 7, label: 'Undated' }, 'Year', {
        code: 'tl-slide-without-date',
      }),
      problem({ kind: 'row', number: 6, label: 'Period' }, 'End Year', {
        code: 'tl-era-needs-dates',
      }),
    ]);
    expect(result.skipped).toBe(1);
  });

  it('maps each column', () => {
    const csv = [
      HEADER,
      '2000,1,5,6:45 PM,2000,1,7,,,<b>Head</b>,<p>Body</p>,https://youtu.be/fSrO91XO1Ck,Credit,Caption,https://e.org/t.jpg,,,Music,#333',
    ].join('\n');
    const result = ready(parseCsvText(csv, 'template.csv'));
    const event = only(result);
    expect(event).toMatchObject({
      // TimelineJS made its id from the headline as written, markup and all.
      id: 'bhead-b',
      title: 'Head',
      summary: 'Body',
      summaryHtml: '<p>Body</p>',
      group: 'music',
      topics: ['music'],
      date: { precision: 'span', label: 'January 5, 2000, 18:45 – January 7, 2000' },
      media: [
        { kind: 'youtube', caption: 'Caption', credit: 'Credit', thumbnail: 'https://e.org/t.jpg' },
      ],
    });
    expect(result.problems).toEqual([
      problem({ kind: 'row', number: 2, label: '<b>Head</b>' }, 'Background', {
        code: 'tl-background',
      }),
    ]);
  });

  it('reads an old sheet’s Start Date, End Date and Tag', () => {
    const csv = [
      'Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag',
      '1/2/1990,1991,Old one,,,,,,,Old tag',
      'someday,,Bad date,,,,,,,',
    ].join('\n');
    const result = ready(parseCsvText(csv, 'old.csv'));
    const event = only(result);
    expect(event).toMatchObject({ id: 'old-one', group: 'old-tag' });
    expect(event.writtenDate).toEqual({ precision: 'span', start: '1990-01-02', end: '1991' });
    expect(result.problems).toEqual([
      problem({ kind: 'row', number: 3, label: 'Bad date' }, 'Start Date', {
        code: 'tl-not-a-sheet-date',
        text: 'someday',
      }),
    ]);
  });

  it('keeps our own CSV format as it was', () => {
    const result = ready(parseCsvText('title,start,topics\nTreaty,1987-12-08,Arms', 'ours.csv'));
    expect(result.dataset.events.map((e) => e.id)).toEqual(['treaty']);
    expect(result.dataset.formerIds).toBeUndefined();
  });
});
