/**
 * The event store as a file holds it: the one description, in valibot, of every field a store may
 * write. Everything else follows from it:
 * - the loader reads with it (schema.ts), through the reading frames at the end of this file,
 *   which take some parts as they come and read those each on its own, so that one bad picture or
 *   link is reported without failing its event or the timeline;
 * - the types of what exports write are inferred from it (csv-write.ts, store-json.ts);
 * - the quick path for plain events takes its patterns and lists of keys from it
 *   (event-fast-path.ts);
 * - public/data/timeline.schema.json, which editors check store files against, is generated from
 *   it by scripts/write-json-schema.ts, and a test fails when the committed file is not current.
 * A field's `v.description` is the text that file gives it.
 */
import * as v from 'valibot';
import { hasSlugShape, MAX_ID_LENGTH } from '../lib/slug.ts';
import { ChangeDateSchema } from './change-dates.ts';
import { MediaJsonSchema } from './media.ts';
import { hasVisibleText } from './visible-text.ts';
import type { ProblemReason } from './problem.ts';

/**
 * Each check's message is a code (ProblemReason's), not words: schema.ts turns an issue back into
 * a reason with its parts, and the interface words it in the reader's language.
 */
const CHECK_CODES = [
  'empty',
  'too-long',
  'not-a-slug',
  'not-a-url',
  'not-a-web-url',
  'not-a-partial-date',
  'not-a-color',
  'not-a-timeline',
  'not-a-date-object',
  'not-a-link-object',
  'not-an-event',
  'not-a-precision',
  'not-a-link-kind',
  'no-topics-named',
  'no-topics-listed',
  'version-not-1',
  'not-a-group-list',
  'not-an-era-list',
  'not-an-event-list',
] as const satisfies readonly ProblemReason['code'][];
type CheckCode = (typeof CHECK_CODES)[number];
const says = (code: CheckCode): CheckCode => code;
/** A required key left out, under an object schema's message (see objectMessage). */
const MISSING = 'missing';

/** The reason a check's issue stands for, with its parts; null for an issue of valibot's own. */
export function schemaCheckReason(issue: v.BaseIssue<unknown>): ProblemReason | null {
  if (issue.message === MISSING) return { code: 'missing' };
  const code = CHECK_CODES.find((known) => known === issue.message);
  switch (code) {
    case undefined:
      return null;
    case 'too-long':
      return { code, max: MAX_ID_LENGTH };
    case 'not-a-partial-date':
      return { code, text: String(issue.input) };
    default:
      return { code };
  }
}

// A check, not a trim: text is kept exactly as the author wrote it. Text of only invisible
// characters (zero-width spaces, bidi controls, …) would show as nothing: it counts as empty.
export const nonEmpty = v.pipe(v.string(), v.check(hasVisibleText, says('empty')));

export const slug = v.pipe(
  v.string(),
  v.maxLength(MAX_ID_LENGTH, says('too-long')),
  v.check(hasSlugShape, says('not-a-slug')),
);

/** The start of a link the app follows: only web addresses, never javascript: or data: URLs. */
export const WEB_URL = /^https?:\/\//i;

// Links from the data become hrefs.
export const webUrl = v.pipe(
  v.string(),
  v.url(says('not-a-url')),
  v.regex(WEB_URL, says('not-a-web-url')),
);

/** A date as precise as it is known: YYYY-MM-DD, YYYY-MM or YYYY, a minus before BC years. */
export const PARTIAL_ISO = /^-?\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const partialIso = v.pipe(v.string(), v.regex(PARTIAL_ISO, says('not-a-partial-date')));

const color = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, says('not-a-color')));

/**
 * An object schema's message: valibot gives it both for a value that is not an object and for a
 * required key that is missing, which deserve different words.
 */
export function objectMessage(notAnObject: CheckCode) {
  return (issue: v.BaseIssue<unknown>) => (issue.input === undefined ? MISSING : notAnObject);
}

export const TopicSchema = v.object({ id: slug, label: nonEmpty, color });

export const SourceMetaSchema = v.object({
  publisher: nonEmpty,
  title: nonEmpty,
  url: v.optional(webUrl),
  published: v.optional(partialIso),
  updated: v.optional(partialIso),
});

export const GroupSchema = v.object({ id: slug, label: nonEmpty, color: v.optional(color) });

export const EraSchema = v.object({
  id: slug,
  title: nonEmpty,
  start: partialIso,
  end: v.pipe(
    partialIso,
    v.description('Not before start: an era ends at the end of the day, month or year written.'),
  ),
  color: v.optional(color),
});

/** How much the source supports: a point known to a day, month, season or year, or a span. */
export const PRECISIONS = ['day', 'month', 'season', 'year', 'span'] as const;

/** The date as authors write it; event-date.ts checks it against its precision. */
export const EventDateSchema = v.object(
  {
    precision: v.picklist(PRECISIONS, says('not-a-precision')),
    start: partialIso,
    end: v.optional(partialIso),
    label: v.optional(nonEmpty),
  },
  objectMessage('not-a-date-object'),
);

export const QuoteSchema = v.object({ text: nonEmpty, speaker: v.optional(nonEmpty) });

export const SourceSchema = v.object({ name: nonEmpty, url: v.optional(webUrl) });

/** How one event bears on another: what it led to, what it answered, what else to read. */
export const LINK_KINDS = ['led-to', 'response-to', 'see-also'] as const;

/** One link from an event to another of the same timeline. */
export const EventLinkSchema = v.object(
  {
    to: v.pipe(slug, v.description('The id of another event of this timeline.')),
    kind: v.pipe(
      v.picklist(LINK_KINDS, says('not-a-link-kind')),
      v.description(
        'led-to: this event led to the other; response-to: this event answered the other; see-also: the two bear on each other.',
      ),
    ),
    note: v.optional(
      v.pipe(
        nonEmpty,
        v.description('How the two connect, in plain text (quoting the source, for instance).'),
      ),
    ),
  },
  objectMessage('not-a-link-object'),
);

/** One event, every field as a store writes it. */
export const EventFileSchema = v.object(
  {
    id: slug,
    title: nonEmpty,
    summary: v.optional(v.string(), ''),
    // Shown through an allow-list, never as markup.
    summaryHtml: v.optional(
      v.pipe(
        v.string(),
        v.description(
          'The summary as HTML (as TimelineJS writes it), shown through an allow-list of tags, never as markup.',
        ),
      ),
    ),
    date: EventDateSchema,
    dateNote: v.optional(v.string()),
    topics: v.pipe(v.array(slug), v.minLength(1, says('no-topics-named'))),
    group: v.optional(v.pipe(slug, v.description('The id of one of the groups declared above.'))),
    people: v.optional(v.array(nonEmpty), []),
    quotes: v.optional(v.array(QuoteSchema), []),
    sources: v.optional(v.array(SourceSchema), []),
    media: v.optional(
      v.pipe(
        v.array(MediaJsonSchema),
        v.description("Pictures, video and sound, shown above the event's text."),
      ),
    ),
    added: v.optional(
      v.pipe(
        ChangeDateSchema,
        v.description(
          "When the event was added to the timeline; without it, the source's first publication date.",
        ),
      ),
    ),
    updated: v.optional(
      v.pipe(
        ChangeDateSchema,
        v.description('When the event was last changed; without it, when it was added.'),
      ),
    ),
    changeNote: v.optional(
      v.pipe(
        v.string(),
        v.description('What changed, in plain words: "Updated with the Axios interview".'),
      ),
    ),
    links: v.optional(
      v.pipe(
        v.array(EventLinkSchema),
        v.description(
          'Other events of this timeline that this one led to, responded to, or relates to. A link to an id the timeline lacks, or to the event itself, is left out with a problem.',
        ),
      ),
    ),
  },
  objectMessage('not-an-event'),
);

/** The places a dataset may open at by default. */
export const DATASET_STARTS = ['latest'] as const;

/** A whole store file. */
export const StoreFileSchema = v.object(
  {
    version: v.literal(1, says('version-not-1')),
    title: nonEmpty,
    description: v.optional(v.string()),
    note: v.optional(
      v.pipe(
        v.string(),
        v.description(
          'Plain text about the dataset itself: what it holds and how it differs from its source.',
        ),
      ),
    ),
    updated: v.optional(
      v.pipe(ChangeDateSchema, v.description('When the dataset was last changed.')),
    ),
    source: v.optional(SourceMetaSchema),
    media: v.optional(
      v.pipe(MediaJsonSchema, v.description("The timeline's lead picture or video.")),
    ),
    topics: v.pipe(v.array(TopicSchema), v.minLength(1, says('no-topics-listed'))),
    groups: v.optional(
      v.pipe(
        v.array(GroupSchema),
        v.description(
          'Named sets of events, drawn as bands of their own, in this order. An event joins one by its group.',
        ),
      ),
    ),
    eras: v.optional(
      v.pipe(
        v.array(EraSchema),
        v.description(
          'Named periods drawn behind the events, across every band; they may overlap.',
        ),
      ),
    ),
    start: v.optional(
      v.pipe(
        v.picklist(DATASET_STARTS),
        v.description(
          'Where the timeline opens when a link names no event: latest, its newest event.',
        ),
      ),
    ),
    events: v.array(EventFileSchema),
  },
  objectMessage('not-a-timeline'),
);

/** A store file as exports write it (and as JSON.parse gives a valid one back). */
export type StoreFile = v.InferInput<typeof StoreFileSchema>;
export type EventFile = v.InferInput<typeof EventFileSchema>;

// The reading frames: the description, with the parts that are read each on its own taken as
// they come. A bad one of those is reported and left out, never the reason that nothing shows.

/** The timeline around its events: a store whose frame is wrong fails whole. */
export const DatasetFrameSchema = v.object(
  {
    ...StoreFileSchema.entries,
    // Read on its own (change-dates.ts): a date of change that cannot be read is left out.
    updated: v.optional(v.unknown()),
    // Read item by item (media.ts): a picture that cannot be shown never fails the timeline.
    media: v.optional(v.unknown()),
    // Read item by item, like events: a bad group or era is reported, never the timeline's end.
    groups: v.optional(v.array(v.unknown(), says('not-a-group-list'))),
    eras: v.optional(v.array(v.unknown(), says('not-an-era-list'))),
    // Read on its own (readStart): a start the app does not know never fails the timeline.
    start: v.optional(v.unknown()),
    events: v.array(v.unknown(), says('not-an-event-list')),
  },
  objectMessage('not-a-timeline'),
);

/** An event as the loader checks it: what fails here leaves its event out, with the reason. */
export const EventSchema = v.object(
  {
    ...EventFileSchema.entries,
    // Read item by item (media.ts): a picture that cannot be shown never drops its event.
    media: v.optional(v.unknown()),
    // Read on their own (change-dates.ts): a bad record of an edit never drops its event.
    added: v.optional(v.unknown()),
    updated: v.optional(v.unknown()),
    changeNote: v.optional(v.unknown()),
    // Read item by item too (readLinks), and checked against the other events once all are read
    // (event-links.ts): a link to nowhere is left out, never its event.
    links: v.optional(v.unknown()),
  },
  objectMessage('not-an-event'),
);

/** An event checked by EventSchema, before its date is resolved and its parts are read. */
export type EventInput = v.InferOutput<typeof EventSchema>;
