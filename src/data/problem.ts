/**
 * What is wrong in a store that still shows, as data: which record, which field, and a coded
 * reason with its parts. src/ui/problem-text.ts words each for the reader, in their language.
 */

/**
 * The record a problem is about, named as the author's own file counts it: an event or a row by
 * its number (and its id, when it has one), a TimelineJS slide, the dataset's own fields.
 */
export type ProblemRecord =
  /** The dataset's own fields: "dataset" in our JSON, "timeline" in TimelineJS's. */
  /** `arrow-columns`: an Arrow store's columns, as its schema declares them. */
  | { kind: 'dataset' | 'timeline' | 'column-names' | 'arrow-columns' }
  | { kind: 'title-slide'; label?: string }
  /**
   * By number, and by its `id` (shown up to 80 characters) or, for a TimelineJS slide, by a
   * `label` (its unique_id or headline, shown up to 60).
   */
  | {
      kind: 'event' | 'group' | 'era' | 'row' | 'slide';
      number: number;
      id?: string;
      label?: string;
    }
  | { kind: 'topic'; id: string };

/** The units a partial date is written to: YYYY, YYYY-MM or YYYY-MM-DD. */
export type DateUnit = 'year' | 'month' | 'day';

/**
 * What an Arrow store's column must hold: text, a date (text or an Arrow date), a list of text
 * (or text with `;` between the items), a list of structs.
 */
export type ArrowWanted = 'text' | 'date' | 'text-list' | 'struct-list';

/** The kinds of value an editor is told a field must be. */
export type WantedType = 'string' | 'number' | 'Array' | 'Object';

/**
 * Why a field is wrong. Codes that end in `-left-out` (or say so) keep the event and drop the
 * value; the others leave the record out.
 */
export type ProblemReason =
  /** What valibot found, in an editor's words (store-shape.ts gives its checks these codes). */
  | { code: 'missing' }
  | { code: 'wrong-type'; wanted: WantedType; received: string }
  | {
      code:
        | 'empty'
        | 'not-a-slug'
        | 'not-a-url'
        | 'not-a-web-url'
        | 'not-a-color'
        | 'not-a-timeline'
        | 'timeline-is-list'
        | 'not-a-date-object'
        | 'not-a-link-object'
        | 'not-an-event'
        | 'not-a-precision'
        | 'not-a-link-kind'
        | 'no-topics-named'
        | 'no-topics-listed'
        | 'version-not-1'
        | 'not-a-group-list'
        | 'not-an-era-list'
        | 'not-an-event-list';
    }
  | { code: 'too-long'; max: number }
  | { code: 'not-a-partial-date'; text: string }
  /** The dataset's checks beyond the shape. */
  | { code: 'declared-twice' }
  | { code: 'undeclared-topics'; topics: string[] }
  | { code: 'id-used-before'; id: string }
  | { code: 'undeclared-group'; group: string }
  | { code: 'unknown-start' }
  | { code: 'links-not-a-list' }
  | { code: 'ends-before-start'; start: string; end: string }
  /** A link (an event's, or the source's) of the wrong shape, left out: `because` says why. */
  | { code: 'link-left-out'; because: ProblemReason }
  /** A CSV store's own: its columns, row types, link cells and colours. */
  | { code: 'unknown-column' | 'topic-needs-title' }
  | { code: 'unknown-row-type'; type: string }
  /** An Arrow store's own: a column of a type it cannot read, its metadata not a JSON object. */
  | { code: 'arrow-column-left-out'; type: string; wanted: ArrowWanted }
  | { code: 'arrow-metadata-left-out' }
  | { code: 'not-a-link-cell'; text: string }
  | { code: 'colour-left-out' | 'colour-chosen'; color: string }
  // Media, links and dates
  /** A partial ISO date that cannot be read (partial-date.ts), as written. */
  | { code: 'date-not-iso' | 'date-year-minus-zero' | 'date-not-a-day'; text: string }
  | { code: 'date-no-such-month'; text: string; month: string }
  /** An event's date that its precision does not fit (event-date.ts). */
  | { code: 'precision-needs-start'; precision: string; unit: DateUnit; start: string }
  | { code: 'precision-takes-no-end'; precision: string }
  | { code: 'season-needs-months' | 'season-two-months' | 'span-needs-end' }
  | { code: 'span-ends-before'; start: string; end: string }
  /** A date of change (change-dates.ts): `received` is the value as JSON. */
  | { code: 'not-a-change-date' | 'change-date-not-a-day'; text: string }
  | { code: 'change-date-not-text'; received: string }
  | { code: 'updated-before-added'; updated: string; added: string }
  | { code: 'not-text' }
  /** A value left out while its record shows: `because` says why. */
  | { code: 'left-out'; because: ProblemReason }
  /** An event's link that leads nowhere, left out (event-links.ts). */
  | { code: 'link-to-itself' }
  | { code: 'link-to-missing-event'; to: string }
  | { code: 'link-given-twice'; to: string; kind: string }
  /** A picture, video or sound (media.ts, timelinejs.ts): shown without it, or without a part. */
  | { code: 'media-not-shown'; because: UnplayableReason }
  | { code: 'media-thumbnail-left-out' | 'media-link-left-out' | 'media-alt-missing' }
  | { code: 'tl-media-title-not-shown' | 'tl-media-link-target-not-used' }
  /** A check valibot words in its own terms (none of store-shape.ts's codes): what it expected. */
  | { code: 'not-valid'; expected: string | null; received: string }
  // TimelineJS
  /** A TimelineJS date's parts, as its JSON or a sheet's columns give them. */
  | { code: 'tl-no-year' | 'tl-day-without-month' | 'tl-time-without-day' | 'tl-no-hour' }
  | { code: 'tl-not-a-year' | 'tl-not-a-month' | 'tl-not-a-day'; text: string }
  | { code: 'tl-not-a-time-part'; part: 'hour' | 'minute' | 'second'; text: string }
  | { code: 'tl-year-out-of-range'; year: string }
  | { code: 'tl-not-a-calendar-day'; date: string }
  /** A slide's fields: what the timeline cannot show or draw, and why. */
  | {
      code:
        | 'tl-slide-without-date'
        | 'tl-end-before-start'
        | 'tl-cosmological-scale'
        | 'tl-unknown-field'
        | 'tl-background'
        | 'tl-era-needs-dates'
        | 'tl-era-ends-before-start';
    }
  | { code: 'tl-unknown-scale'; scale: string }
  /** An end date left out, the event shown at its start: `because` says why. */
  | { code: 'tl-end-date-left-out'; because: ProblemReason }
  /** A sheet's own: its columns, rows and date cells. */
  | { code: 'tl-unknown-column' | 'tl-second-title' }
  | { code: 'tl-not-a-sheet-date' | 'tl-end-not-a-sheet-date'; text: string }
  | { code: 'tl-time-without-year'; column: string }
  | { code: 'tl-not-a-time'; text: string };

/** Why a picture, video or sound cannot be shown: the item stays, with its caption and credit. */
export type UnplayableReason =
  | {
      code:
        'no-url' | 'url-not-text' | 'not-an-object' | 'kind-unknown' | 'embed-markup' | 'web-page';
    }
  | { code: 'not-loadable'; url: string }
  | { code: 'unknown-type'; type: string }
  | { code: 'not-a-video-of'; service: 'youtube' | 'vimeo' }
  | { code: 'service-not-played'; service: MediaService };

/** Sites TimelineJS embeds and the timeline does not play, named in the reason. */
export const MEDIA_SERVICES = [
  'google-map',
  'x-post',
  'bluesky-post',
  'instagram-post',
  'tiktok-video',
  'facebook-post',
  'flickr-page',
  'wikipedia-article',
  'soundcloud-page',
  'spotify-page',
  'dailymotion-video',
  'vine-video',
  'wistia-video',
  'documentcloud-document',
  'storify-story',
  'imgur-page',
  'giphy-page',
  'google-file',
] as const;
export type MediaService = (typeof MEDIA_SERVICES)[number];

/** One thing wrong with the input, said so that an author can find and fix it. */
export interface Problem {
  record: ProblemRecord;
  /** A dotted path in JSON ("date.start"), a column in a spreadsheet ("start"): as written. */
  field: string;
  reason: ProblemReason;
}
