/**
 * Knight Lab's TimelineJS data (its JSON, its Google Sheet template, and the JSON of its version 2)
 * as a Newsline store. The readers (timelinejs-json.ts, timelinejs-sheet.ts) bring each into
 * TimelineJS3's JSON shape, one slide per record; this maps the slides, then the one schema
 * (schema.ts) judges the result as it judges our own stores. Whatever cannot be shown (a slide
 * without a date, a background, a map or a tweet) is listed as a problem naming its slide or row.
 * The mapping is described in docs/from-timelinejs.md.
 */
import type { Dataset, Problem, ProblemNaming } from './schema.ts';
import type { MediaService, ProblemReason, ProblemRecord, UnplayableReason } from './problem.ts';
import { validateStore, withProblemsBefore, type LoadResult } from './parse-result.ts';
import { htmlToLine, htmlToText, looksLikeHtml } from './html-text.ts';
import { kindOfAddress, readMediaItem, type Media, type MediaProblem } from './media.ts';
import { endOf, startOf } from './partial-date.ts';
import { labelWithTime, readTlDate, sameTlDate, type TlDate } from './timelinejs-date.ts';
import { TOPIC_COLORS } from './topic-colors.ts';
import { isSlug, MAX_ID_LENGTH, slugOf } from '../lib/slug.ts';
import { shorten } from '../lib/display-text.ts';
import { isRecord } from '../lib/is-record.ts';

/** A slide in TimelineJS3's JSON shape, and how problems name it. */
export interface TlRecord {
  slide: Record<string, unknown>;
  /** "slide 3 "ada-lovelace"", "row 5 "Ada Lovelace"", "title slide". */
  name: ProblemRecord;
  /** Why the reader could not take the slide's date: the slide is not shown. */
  unreadableDate?: FieldProblem;
}

/** What is wrong with one field of a slide. */
interface FieldProblem {
  field: string;
  reason: ProblemReason;
}

/** A TimelineJS timeline as a reader found it. */
export interface TlSource {
  title: TlRecord | null;
  events: TlRecord[];
  eras: TlRecord[];
  /** The top-level `scale` of the JSON ("human", "cosmological"); undefined in a sheet. */
  scale: unknown;
  /** A field of TimelineJS3's JSON ("start_date.year") as the source names it (a sheet's "Year"). */
  field: (path: string) => string;
  /** Where the timeline's own problems are said to be: "timeline" in JSON, a sheet's title row. */
  datasetRecord: ProblemRecord;
  /** What the reader found wrong before any slide was read (a sheet's unknown columns). */
  problems: Problem[];
  /** Slide keys the source may hold beyond those read here: reported, never silently dropped. */
  knownKeys: ReadonlySet<string>;
}

/** The keys of a TimelineJS3 slide that are read (or, for `autolink`, knowingly left aside). */
export const SLIDE_KEYS: ReadonlySet<string> = new Set([
  'start_date',
  'end_date',
  'display_date',
  'text',
  'media',
  'group',
  'background',
  'unique_id',
  'autolink',
]);

/** The one topic of events without a group: every event needs a topic for the filters. */
const UNGROUPED = 'Events';
const UNGROUPED_AMONG_GROUPS = 'Other events';

/** How slides are turned into a store, before the schema judges it. */
interface Conversion {
  json: Record<string, unknown>;
  /** The record name of each event, by its id. */
  names: Map<string, ProblemRecord>;
  media: Map<string, { media: Media; problems: MediaProblem[] }>;
  lead: Media | null;
  formerIds: Map<string, string>;
  problems: Problem[];
  /** Slides left out before the schema saw them. */
  skipped: number;
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** A slide's `text.headline` and `text.text`, as written (HTML). */
function textsOf(slide: Record<string, unknown>): { headline: string; body: string } {
  const texts = isRecord(slide.text) ? slide.text : {};
  return { headline: text(texts.headline), body: text(texts.text) };
}

/** How a slide is named in problems: its unique_id if it has one, else its headline. */
export function slideName(
  slot: { kind: 'title-slide' } | { kind: 'slide' | 'era'; number: number },
  slide: Record<string, unknown>,
): ProblemRecord {
  const id = text(slide.unique_id).trim();
  const label = id || htmlToLine(textsOf(slide).headline);
  return label ? { ...slot, label } : slot;
}

/** A record's identity, for finding it again among problems (objects are not equal by value). */
export const recordKey = (record: ProblemRecord): string => JSON.stringify(record);

/**
 * TimelineJS3's `slugify`, which gave a slide without a unique_id its id from its headline: old
 * links (`#event-<id>`) name slides by it.
 */
export function timelineJsSlug(headline: string): string {
  let slug = headline.trim().toLowerCase();
  const from = 'ãàáäâẽèéëêìíïîõòóöôùúüûñç·/_,:;';
  const to = 'aaaaaeeeeeiiiiooooouuuunc------';
  for (let i = 0; i < from.length; i++) slug = slug.split(from.charAt(i)).join(to.charAt(i));
  slug = slug
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-');
  return slug.replace(/^([0-9])/, '_$1');
}

/** TimelineJS3's `ensureUniqueKey`: the id it gave a slide whose id an earlier one had taken. */
function ensureUniqueKey(taken: Set<string>, candidate: string): string {
  if (!taken.has(candidate)) return candidate;
  const root = candidate;
  const similar = [...taken].filter((key) => /^(.+?)(-\d+)?$/.exec(key)?.[1] === root);
  let next = `${root}-${similar.length + 1}`;
  for (let counter = similar.length; similar.includes(next); counter++) next = `${root}-${counter}`;
  return next;
}

/**
 * The id TimelineJS3 gave each slide (its `_assignID`): the unique_id as written, else the slug of
 * the headline, made unique in the order title, events, eras. Null where it made a random one,
 * which no lasting link can name.
 */
export function timelineJsIds(source: Pick<TlSource, 'title' | 'events' | 'eras'>): {
  title: string | null;
  events: (string | null)[];
} {
  const taken = new Set<string>();
  const assign = (record: TlRecord | null): string | null => {
    if (!record) return null;
    const written = text(record.slide.unique_id);
    const candidate = written.trim() ? written : timelineJsSlug(textsOf(record.slide).headline);
    if (!candidate) return null;
    const id = ensureUniqueKey(taken, candidate);
    taken.add(id);
    return id;
  };
  const title = assign(source.title);
  const events = source.events.map(assign);
  return { title, events };
}

/** Our ids: TimelineJS's where it is one already, else its slug; unique among the events. */
function ourIds(source: TlSource, former: (string | null)[]): string[] {
  const taken = new Set<string>();
  return source.events.map((record, i) => {
    const old = former[i] ?? null;
    const base =
      (old !== null && isSlug(old) ? old : slugOf(old ?? '', 60)) ||
      slugOf(htmlToLine(textsOf(record.slide).headline), 60) ||
      `slide-${i + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, MAX_ID_LENGTH - 8)}-${n}`;
    taken.add(id);
    return id;
  });
}

/** Groups in order of first appearance, each also a topic of the same name. */
class GroupTable {
  private readonly byLabel = new Map<string, { id: string; label: string; color: string }>();

  idOf(label: string): string {
    let group = this.byLabel.get(label);
    if (!group) {
      const n = this.byLabel.size;
      const base = slugOf(label) || `group-${n + 1}`;
      const taken = new Set([...this.byLabel.values()].map((g) => g.id));
      let id = base;
      for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
      group = { id, label, color: TOPIC_COLORS[n % TOPIC_COLORS.length] as string };
      this.byLabel.set(label, group);
    }
    return group.id;
  }

  list(): { id: string; label: string; color: string }[] {
    return [...this.byLabel.values()];
  }
}

/** A slide's date, its label and precision as the store writes them; or why it has none. */
function dateOf(
  slide: Record<string, unknown>,
  problems: FieldProblem[],
): { date: Record<string, string> } | { problem: FieldProblem } {
  if (!isRecord(slide.start_date)) {
    return { problem: { field: 'start_date', reason: { code: 'tl-slide-without-date' } } };
  }
  const start = readTlDate(slide.start_date);
  if ('problem' in start) {
    return {
      problem: { field: `start_date.${start.problem.part}`, reason: start.problem.reason },
    };
  }
  let end: TlDate | null = null;
  if (isRecord(slide.end_date) && Object.values(slide.end_date).some((v) => text(v).trim())) {
    const read = readTlDate(slide.end_date);
    if ('problem' in read) {
      problems.push({
        field: `end_date.${read.problem.part}`,
        reason: { code: 'tl-end-date-left-out', because: read.problem.reason },
      });
    } else if (endOf(read.date) <= startOf(start.date)) {
      problems.push({ field: 'end_date', reason: { code: 'tl-end-before-start' } });
    } else if (!sameTlDate(start, read)) {
      end = read;
    }
  }

  const date: Record<string, string> = {
    precision: end ? 'span' : start.date.unit,
    start: start.iso,
  };
  if (end) date.end = end.iso;
  const label = displayDateOf(slide, start, end);
  if (label) date.label = label;
  return { date };
}

/**
 * The label: the slide's display_date, else its dates' own display_date, else (when a time of day
 * is given, which the timeline does not draw) the day with its time.
 */
function displayDateOf(
  slide: Record<string, unknown>,
  start: TlDate,
  end: TlDate | null,
): string | undefined {
  const own = htmlToLine(text(slide.display_date));
  if (own) return own;
  const shown = (raw: unknown) => (isRecord(raw) ? htmlToLine(text(raw.display_date)) : '') || null;
  const startShown = shown(slide.start_date);
  const endShown = end ? shown(slide.end_date) : null;
  if (startShown === null && endShown === null && start.time === null && end?.time == null) {
    return undefined;
  }
  const startLabel = startShown ?? labelWithTime(start);
  if (!end) return startLabel;
  return `${startLabel} – ${endShown ?? labelWithTime(end)}`;
}

/** Sites TimelineJS embeds and the timeline does not play: named, so the reason says which. */
const SERVICES: [RegExp, MediaService][] = [
  [/(^|\.)(twitter|x)\.com$/, 'x-post'],
  [/(^|\.)bsky\.app$/, 'bluesky-post'],
  [/(^|\.)instagram\.com$/, 'instagram-post'],
  [/(^|\.)tiktok\.com$/, 'tiktok-video'],
  [/(^|\.)facebook\.com$/, 'facebook-post'],
  [/(^|\.)(flickr\.com|flic\.kr)$/, 'flickr-page'],
  [/(^|\.)wikipedia\.org$/, 'wikipedia-article'],
  [/(^|\.)soundcloud\.com$/, 'soundcloud-page'],
  [/(^|\.)spotify\.com$/, 'spotify-page'],
  [/(^|\.)dailymotion\.com$/, 'dailymotion-video'],
  [/(^|\.)vine\.co$/, 'vine-video'],
  [/(^|\.)wistia\.com$/, 'wistia-video'],
  [/(^|\.)documentcloud\.org$/, 'documentcloud-document'],
  [/(^|\.)storify\.com$/, 'storify-story'],
  [/(^|\.)imgur\.com$/, 'imgur-page'],
  [/(^|\.)giphy\.com$/, 'giphy-page'],
  [/^(docs|drive)\.google\.com$/, 'google-file'],
];

function serviceOf(url: URL): MediaService | null {
  const host = url.hostname.toLowerCase();
  if (/(^|\.)google\.[a-z.]+$/.test(host) && url.pathname.startsWith('/maps')) return 'google-map';
  if (host.startsWith('maps.google.')) return 'google-map';
  for (const [pattern, name] of SERVICES) if (pattern.test(host)) return name;
  return null;
}

/**
 * A Wikimedia Commons file page as the file itself, which the timeline can show: TimelineJS
 * reads such pages through Wikimedia's API, Commons serves the file at Special:FilePath.
 */
function commonsFile(url: URL): string | null {
  if (url.hostname !== 'commons.wikimedia.org') return null;
  const file = /^\/wiki\/File:(.+)$/.exec(url.pathname)?.[1];
  return file ? `https://commons.wikimedia.org/wiki/Special:FilePath/${file}` : null;
}

/** What a slide's `media` becomes: media to show, a quote (a block quote), or nothing. */
interface SlideMedia {
  media: Media | null;
  quote: { text: string; speaker?: string } | null;
  problems: MediaProblem[];
}

/** A protocol-relative address ("//upload.wikimedia.org/…") as the https one it stands for. */
const absolute = (url: string) => (url.startsWith('//') ? `https:${url}` : url);

export function mediaOfSlide(raw: unknown): SlideMedia {
  const none: SlideMedia = { media: null, quote: null, problems: [] };
  if (!isRecord(raw)) return none;
  const url = text(raw.url).trim();
  if (!url) return none;
  // A media title shows as the caption where there is none; beside one, it is said to be left out.
  const title = htmlToText(text(raw.title));
  const caption = htmlToText(text(raw.caption)) || title;
  const credit = htmlToLine(text(raw.credit));
  const notes: SlideMedia['problems'] = [];
  if (title && caption !== title) {
    notes.push({ field: 'media.title', reason: { code: 'tl-media-title-not-shown' } });
  }
  if (text(raw.link_target).trim()) {
    notes.push({ field: 'media.link_target', reason: { code: 'tl-media-link-target-not-used' } });
  }
  const withNotes = (media: SlideMedia): SlideMedia =>
    notes.length ? { ...media, problems: [...notes, ...media.problems] } : media;
  if (url.startsWith('<')) {
    const quote =
      /^<blockquote(?![^>]*class=["'][^"']*(twitter|instagram|tiktok))[^>]*>([\s\S]*)<\/blockquote>\s*$/i.exec(
        url,
      );
    if (quote) {
      const inner = quote[2] ?? '';
      const speaker =
        htmlToLine(/<cite\b[^>]*>([\s\S]*?)<\/cite>/i.exec(inner)?.[1] ?? '') || credit;
      const said = htmlToText(inner.replace(/<cite\b[^>]*>[\s\S]*?<\/cite>/gi, ''));
      if (said) return withNotes({ ...none, quote: { text: said, ...(speaker && { speaker }) } });
    }
    return withNotes(unplayable(caption, credit, 'media.url', { code: 'embed-markup' }));
  }
  let address: URL | null = null;
  try {
    address = new URL(absolute(url));
  } catch {
    // Relative addresses are the store's own files: media.ts reads them.
  }
  // A Commons file page ends in the file's name, but is a page: its file is elsewhere.
  const commons = address && commonsFile(address);
  const playable = commons && kindOfAddress(commons) !== null ? commons : absolute(url);
  if (address && kindOfAddress(playable) === null) {
    const service = serviceOf(address);
    return withNotes(
      unplayable(
        caption,
        credit,
        'media.url',
        service ? { code: 'service-not-played', service } : { code: 'web-page' },
      ),
    );
  }
  const item: Record<string, string> = { url: playable, caption, credit };
  const alt = typeof raw.alt === 'string' ? raw.alt.trim() : '';
  if (alt) item.alt = alt;
  const thumbnail = text(raw.thumbnail).trim();
  if (thumbnail) item.thumbnail = absolute(thumbnail);
  const link = text(raw.link).trim();
  if (link) item.link = absolute(link);
  const read = readMediaItem(item, 'media');
  return withNotes({ media: read.media, quote: null, problems: read.problems });
}

function unplayable(
  caption: string,
  credit: string,
  field: string,
  reason: UnplayableReason,
): SlideMedia {
  return {
    media: { kind: 'unplayable', reason, caption, credit },
    quote: null,
    problems: [{ field, reason: { code: 'media-not-shown', because: reason } }],
  };
}

/** A slide's background, which the timeline does not draw. */
function hasBackground(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return isRecord(value) && Object.values(value).some((v) => text(v).trim() !== '');
}

const BACKGROUND: ProblemReason = { code: 'tl-background' };

/** The slides of a source as a store, for the schema to judge. */
function convert(source: TlSource, fileTitle: string): Conversion {
  const problems: Problem[] = [];
  const say = (record: ProblemRecord, field: string, reason: ProblemReason) =>
    problems.push({ record, field: source.field(field), reason });

  if (source.scale !== undefined && source.scale !== '' && source.scale !== 'human') {
    say(
      source.datasetRecord,
      'scale',
      source.scale === 'cosmological'
        ? { code: 'tl-cosmological-scale' }
        : { code: 'tl-unknown-scale', scale: text(source.scale) },
    );
  }

  const reportUnknownKeys = (record: TlRecord) => {
    for (const key of Object.keys(record.slide)) {
      if (!source.knownKeys.has(key)) {
        say(record.name, key, { code: 'tl-unknown-field' });
      }
    }
  };

  let title = fileTitle;
  let description = '';
  let lead: Media | null = null;
  if (source.title) {
    const { slide, name } = source.title;
    const { headline, body } = textsOf(slide);
    title = htmlToLine(headline) || fileTitle;
    description = htmlToText(body);
    const media = mediaOfSlide(slide.media);
    lead = media.media;
    if (media.quote)
      description = [description, `“${media.quote.text}”`].filter(Boolean).join('\n\n');
    for (const problem of media.problems) say(name, problem.field, problem.reason);
    if (hasBackground(slide.background)) say(name, 'background', BACKGROUND);
    reportUnknownKeys(source.title);
  }

  const ids = timelineJsIds(source);
  const ours = ourIds(source, ids.events);
  const formerIds = new Map<string, string>();
  const groups = new GroupTable();
  let ungrouped = false;
  const events: Record<string, unknown>[] = [];
  const names = new Map<string, ProblemRecord>();
  const media = new Map<string, { media: Media; problems: MediaProblem[] }>();
  let skipped = 0;

  source.events.forEach((record, i) => {
    const { slide, name } = record;
    reportUnknownKeys(record);
    if (record.unreadableDate) {
      const { field, reason } = record.unreadableDate;
      problems.push({ record: name, field, reason });
      skipped++;
      return;
    }
    const dateProblems: FieldProblem[] = [];
    const read = dateOf(slide, dateProblems);
    if ('problem' in read) {
      say(name, read.problem.field, read.problem.reason);
      skipped++;
      return;
    }
    const { date } = read;
    for (const problem of dateProblems) say(name, problem.field, problem.reason);
    const id = ours[i] as string;
    const former = ids.events[i];
    if (former !== null && former !== undefined && former !== id) formerIds.set(former, id);

    const { headline, body } = textsOf(slide);
    const slideMedia = mediaOfSlide(slide.media);
    const summary = htmlToText(body);
    const eventTitle =
      htmlToLine(headline) ||
      shorten(summary.split('\n')[0] ?? '', 80) ||
      slideMedia.media?.caption ||
      date.label ||
      `Slide ${i + 1}`;
    const group = htmlToLine(text(slide.group));
    // An event without a group gets its topic once the groups are known: '' until then.
    const topic = group ? groups.idOf(group) : '';
    if (!group) ungrouped = true;
    const event: Record<string, unknown> = {
      id,
      title: eventTitle,
      summary,
      date,
      topics: [topic],
    };
    if (group) event.group = topic;
    if (looksLikeHtml(body)) event.summaryHtml = body;
    if (slideMedia.quote) event.quotes = [slideMedia.quote];
    if (slideMedia.media) media.set(id, { media: slideMedia.media, problems: slideMedia.problems });
    if (hasBackground(slide.background)) say(name, 'background', BACKGROUND);
    events.push(event);
    names.set(id, name);
  });

  // The topic of events without a group; a timeline with no events still has one, as the
  // schema asks.
  const groupList = groups.list();
  const topics: { id: string; label: string; color: string }[] = [...groupList];
  if (ungrouped || groupList.length === 0) {
    const label = groupList.length ? UNGROUPED_AMONG_GROUPS : UNGROUPED;
    const taken = new Set(groupList.map((g) => g.id));
    let id = slugOf(label);
    for (let k = 2; taken.has(id); k++) id = `${slugOf(label)}-${k}`;
    for (const event of events) {
      const eventTopics = event.topics as string[];
      if (eventTopics[0] === '') eventTopics[0] = id;
    }
    const color = TOPIC_COLORS[groupList.length % TOPIC_COLORS.length] as string;
    topics.push({ id, label, color });
  }

  const eras = erasOf(source, say);
  const json: Record<string, unknown> = {
    version: 1,
    title,
    description,
    topics,
    groups: groupList,
    eras,
    events,
  };
  return { json, names, media, lead, formerIds, problems, skipped };
}

/** The eras, each with a start and an end; one without is listed. */
function erasOf(
  source: TlSource,
  say: (record: ProblemRecord, field: string, reason: ProblemReason) => void,
): Record<string, string>[] {
  const eras: Record<string, string>[] = [];
  const taken = new Set<string>();
  source.eras.forEach(({ slide, name }, i) => {
    const start = isRecord(slide.start_date) ? readTlDate(slide.start_date) : null;
    const end = isRecord(slide.end_date) ? readTlDate(slide.end_date) : null;
    if (start === null || 'problem' in start) {
      const field = start === null ? 'start_date' : `start_date.${start.problem.part}`;
      say(name, field, start === null ? { code: 'tl-era-needs-dates' } : start.problem.reason);
      return;
    }
    if (end === null || 'problem' in end) {
      const field = end === null ? 'end_date' : `end_date.${end.problem.part}`;
      say(name, field, end === null ? { code: 'tl-era-needs-dates' } : end.problem.reason);
      return;
    }
    if (endOf(end.date) <= startOf(start.date)) {
      say(name, 'end_date', { code: 'tl-era-ends-before-start' });
      return;
    }
    const title = htmlToLine(textsOf(slide).headline) || `Era ${i + 1}`;
    const base = slugOf(title, 60) || `era-${i + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    if (hasBackground(slide.background)) say(name, 'background', BACKGROUND);
    eras.push({ id, title, start: start.iso, end: end.iso });
  });
  return eras;
}

/** A schema path of an event ("date.start", "title") as the TimelineJS field it came from. */
function tlPathOf(path: string): string {
  const [head, , leaf] = path.split('.');
  switch (head) {
    case 'id':
      return 'unique_id';
    case 'title':
      return 'text.headline';
    case 'summary':
    case 'summaryHtml':
      return 'text.text';
    case 'date':
      return path === 'date.end'
        ? 'end_date'
        : path === 'date.label'
          ? 'display_date'
          : 'start_date';
    case 'topics':
    case 'group':
      return 'group';
    case 'quotes':
      return 'media.url';
    case 'media':
      return leaf ? `media.${leaf}` : path;
    default:
      return path;
  }
}

/** Loads TimelineJS slides as a timeline: what the schema accepts shows, the rest is listed. */
export function loadTimelineJs(source: TlSource, name: string, fileTitle: string): LoadResult {
  const conversion = convert(source, fileTitle);
  const naming: ProblemNaming = {
    record: (raw, index) =>
      (isRecord(raw) && conversion.names.get(text(raw.id))) || { kind: 'slide', number: index + 1 },
    field: (path) => source.field(tlPathOf(path)),
    dataset: source.datasetRecord,
  };
  const result = validateStore(conversion.json, name, naming);
  const before = [...source.problems, ...conversion.problems];
  if (result.kind === 'failed') return withProblemsBefore(result, before);

  const mediaProblems: Problem[] = [];
  const events = result.dataset.events.map((event) => {
    const found = conversion.media.get(event.id);
    if (!found) return event;
    const record = conversion.names.get(event.id) ?? { kind: 'slide', number: 0, id: event.id };
    for (const { field, reason } of found.problems) {
      mediaProblems.push({ record, field: source.field(field), reason });
    }
    return { ...event, media: [found.media] };
  });
  const dataset: Dataset = {
    ...result.dataset,
    events,
    media: conversion.lead,
    formerIds: conversion.formerIds,
  };
  const order = recordOrder(source);
  const problems = [...before, ...mediaProblems, ...result.problems];
  // Slide by slide, as the author reads their file; the timeline's own first.
  const at = (problem: Problem) => order.get(recordKey(problem.record)) ?? -1;
  problems.sort((a, b) => at(a) - at(b));
  return {
    kind: 'ok',
    dataset,
    problems,
    skipped: result.skipped + conversion.skipped,
  };
}

/** Each record's place in the file: the title, the events, then the eras. */
function recordOrder(source: TlSource): Map<string, number> {
  const order = new Map<string, number>();
  const records = [source.title, ...source.events, ...source.eras];
  records.forEach((record, i) => {
    if (record && !order.has(recordKey(record.name))) order.set(recordKey(record.name), i);
  });
  return order;
}
