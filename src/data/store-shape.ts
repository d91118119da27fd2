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
import { quote } from '../lib/display-text.ts';
import { hasSlugShape, MAX_ID_LENGTH } from '../lib/slug.ts';
import { ChangeDateSchema } from './change-dates.ts';
import { MediaJsonSchema } from './media.ts';
import { hasVisibleText } from './visible-text.ts';

// A check, not a trim: text is kept exactly as the author wrote it. Text of only invisible
// characters (zero-width spaces, bidi controls, …) would show as nothing: it counts as empty.
export const nonEmpty = v.pipe(v.string(), v.check(hasVisibleText, 'must not be empty'));

export const slug = v.pipe(
  v.string(),
  v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters long`),
  v.check(hasSlugShape, 'must be lowercase letters, digits and single hyphens'),
);

/** The start of a link the app follows: only web addresses, never javascript: or data: URLs. */
export const WEB_URL = /^https?:\/\//i;

// Links from the data become hrefs.
export const webUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(WEB_URL, 'must be an http(s) URL'),
);

/** A date as precise as it is known: YYYY-MM-DD, YYYY-MM or YYYY, a minus before BC years. */
export const PARTIAL_ISO = /^-?\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const partialIso = v.pipe(
  v.string(),
  v.regex(
    PARTIAL_ISO,
    (issue) =>
      `${quote(String(issue.input))} is not a date the timeline reads: write it as YYYY-MM-DD, YYYY-MM or YYYY (such as 2017-01-20, or -0043-03-15 for March 15, 44 BC)`,
  ),
);

const color = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a color like #1d4ed8'));

export const TIMELINE_SHAPE =
  'must be a timeline: an object with version, title, topics and events';

/**
 * An object schema's message: valibot gives it both for a value that is not an object and for a
 * required key that is missing, which deserve different words.
 */
export function objectMessage(notAnObject: string) {
  return (issue: v.BaseIssue<unknown>) => (issue.input === undefined ? 'is missing' : notAnObject);
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
    precision: v.picklist(PRECISIONS, `must be one of ${PRECISIONS.join(', ')}`),
    start: partialIso,
    end: v.optional(partialIso),
    label: v.optional(nonEmpty),
  },
  objectMessage('must be a date: an object with precision and start'),
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
      v.picklist(LINK_KINDS, `must be one of ${LINK_KINDS.join(', ')}`),
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
  objectMessage('must be a link: an object with to and kind'),
);

const EVENT_SHAPE = 'must be an event: an object with id, title, date and topics';

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
    topics: v.pipe(v.array(slug), v.minLength(1, 'must name at least one topic')),
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
  objectMessage(EVENT_SHAPE),
);

/** The places a dataset may open at by default. */
export const DATASET_STARTS = ['latest'] as const;

/** A whole store file. */
export const StoreFileSchema = v.object(
  {
    version: v.literal(1, 'must be 1'),
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
    topics: v.pipe(v.array(TopicSchema), v.minLength(1, 'must list at least one topic')),
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
  objectMessage(TIMELINE_SHAPE),
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
    groups: v.optional(v.array(v.unknown(), 'must be a list of groups')),
    eras: v.optional(v.array(v.unknown(), 'must be a list of eras')),
    // Read on its own (readStart): a start the app does not know never fails the timeline.
    start: v.optional(v.unknown()),
    events: v.array(v.unknown(), 'must be a list of events'),
  },
  objectMessage(TIMELINE_SHAPE),
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
  objectMessage(EVENT_SHAPE),
);

/** An event checked by EventSchema, before its date is resolved and its parts are read. */
export type EventInput = v.InferOutput<typeof EventSchema>;
