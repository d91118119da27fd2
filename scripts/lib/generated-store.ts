/**
 * Synthetic event stores (docs/data-format.md) for load and performance tests.
 *
 * A store depends only on the event count and the seed (a seeded PRNG, never Math.random), so a
 * benchmark run can name its input exactly. The data is shaped like a real news archive rather
 * than uniform noise, because that is what the timeline has to cope with: more news in recent
 * decades, a few dense bursts, a realistic mix of date precisions, and headline- and
 * paragraph-sized text. Dates, labels, seasons and topics follow the app's own rules
 * (src/data), so that every store passes the app's schema.
 */
import { resolveDate, type EventDateInput, type Precision } from '../../src/data/event-date.ts';
import { seasonOf, type Season } from '../../src/data/partial-date.ts';
import { parseDataset, type Group, type LinkKind, type Topic } from '../../src/data/schema.ts';
import { problemsLine } from '../../src/ui/problem-text.ts';
import { isoOf, pad, partsOf, periodOf, toDay, type DateUnit } from './calendar.ts';
import { makePeople, makeSummary, makeTitle, personName, fill } from './news-text.ts';
import { INSTITUTIONS, QUOTE_LINES, SOURCES, SUBJECTS } from './news-words.ts';
import { makeRandom, type Random } from './random.ts';
import bundledStore from '../../public/data/trump-russia.json' with { type: 'json' };

/** An event as the generator writes it: the store's JSON form, before the app resolves it. */
export interface GeneratedEvent {
  id: string;
  title: string;
  summary: string;
  date: EventDateInput;
  topics: string[];
  people?: string[];
  quotes?: { text: string; speaker: string }[];
  sources?: { name: string }[];
  group?: string;
  links?: GeneratedLink[];
}

/** A link as the store writes it (docs/data-format.md, Links between events). */
export interface GeneratedLink {
  to: string;
  kind: LinkKind;
  note?: string;
}

/** The smallest event the schema takes. */
export type MinimalEvent = Pick<GeneratedEvent, 'id' | 'title' | 'date' | 'topics'>;

export interface GeneratedStore<Event = GeneratedEvent> {
  version: 1;
  title: string;
  description: string;
  source: { publisher: string; title: string };
  topics: Topic[];
  groups?: Group[];
  events: Event[];
}

const FIRST_DAY = toDay(1925, 1, 1);
const LAST_DAY = toDay(2024, 12, 31);

// ---------------------------------------------------------------------------------------------
// Topics: the bundled dataset's, with its colours
// ---------------------------------------------------------------------------------------------

/** Read through the app's schema, so the topics are exactly the ones the app shows. */
function bundledTopics(): Topic[] {
  const result = parseDataset(bundledStore);
  if (result.kind === 'failed')
    throw new Error(`The bundled dataset does not load: ${problemsLine(result.reason.problems)}`);
  for (const { id } of result.dataset.topics) {
    if (!SUBJECTS[id] || TOPIC_WEIGHT[id] === undefined)
      throw new Error(`The generator has no headline subjects or weight for the topic "${id}"`);
  }
  return result.dataset.topics;
}

/** Some topics are simply covered more than others; uneven counts exercise the filter UI. */
const TOPIC_WEIGHT: Readonly<Record<string, number>> = {
  sanctions: 1.3,
  elections: 1.2,
  nato: 1,
  syria: 0.7,
  ukraine: 1.4,
  intelligence: 1,
  diplomacy: 1.2,
  praise: 0.5,
};

const TOPICS = bundledTopics();

/** A burst pulls its events strongly towards its own topics. */
const BURST_TOPIC_BOOST = 6;

function pickTopics(random: Random, burst: Burst | undefined): [string, ...string[]] {
  const count = random.weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ] as const);
  const pool: [string, number][] = TOPICS.map(({ id }) => [
    id,
    (TOPIC_WEIGHT[id] ?? 1) * (burst?.topics.includes(id) ? BURST_TOPIC_BOOST : 1),
  ]);
  const first = random.weighted(pool);
  const chosen: [string, ...string[]] = [first];
  pool.splice(
    pool.findIndex(([candidate]) => candidate === first),
    1,
  );
  while (chosen.length < count) {
    const id = random.weighted(pool);
    chosen.push(id);
    pool.splice(
      pool.findIndex(([candidate]) => candidate === id),
      1,
    );
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------
// When events happen
// ---------------------------------------------------------------------------------------------

interface Burst {
  from: readonly [year: number, month: number];
  months: number;
  share: number;
  topics: readonly string[];
}

/**
 * Dense news windows: a real archive has weeks where one story dominates. Each holds `share` of
 * all events (about 16% together) and leans towards its own topics. Months are inclusive.
 */
const BURSTS: readonly Burst[] = [
  { from: [1939, 9], months: 2, share: 0.02, topics: ['diplomacy', 'nato'] },
  { from: [1962, 10], months: 1, share: 0.015, topics: ['intelligence', 'diplomacy'] },
  { from: [1991, 8], months: 3, share: 0.025, topics: ['ukraine', 'elections'] },
  { from: [2014, 2], months: 2, share: 0.03, topics: ['ukraine', 'sanctions'] },
  { from: [2016, 9], months: 3, share: 0.035, topics: ['elections', 'intelligence', 'praise'] },
  { from: [2022, 2], months: 2, share: 0.035, topics: ['ukraine', 'sanctions', 'nato'] },
];

/** How much busier the last day of the century is than the first (a straight-line ramp). */
const RECENT_RAMP = 4;

/** A day from the background ramp: density grows linearly from 1 to RECENT_RAMP. */
function rampDay(random: Random): number {
  // Inverse CDF of the density 1 + a·t on [0, 1], so one uniform draw gives one day.
  const a = RECENT_RAMP - 1;
  const u = random.next();
  const t = (-1 + Math.sqrt(1 + 2 * a * u * (1 + a / 2))) / a;
  return FIRST_DAY + Math.min(LAST_DAY - FIRST_DAY, Math.floor(t * (LAST_DAY - FIRST_DAY + 1)));
}

/** A day inside a burst, peaked in its middle (triangular), as coverage swells and fades. */
function burstDay(random: Random, burst: Burst): number {
  const [year, month] = burst.from;
  const first = toDay(year, month, 1);
  const after = toDay(year, month + burst.months, 1);
  const t = (random.next() + random.next()) / 2;
  return first + Math.floor(t * (after - first));
}

/** Where on the timeline an event sits, and the burst it belongs to, if any. */
function anchor(random: Random): { day: number; burst: Burst | undefined } {
  let u = random.next();
  for (const burst of BURSTS) {
    if (u < burst.share) return { day: burstDay(random, burst), burst };
    u -= burst.share;
  }
  return { day: rampDay(random), burst: undefined };
}

// ---------------------------------------------------------------------------------------------
// Dates of each precision
// ---------------------------------------------------------------------------------------------

/** The real mix in hand-written stores: mostly days, then months and spans. */
const PRECISIONS: readonly (readonly [Precision, number])[] = [
  ['day', 40],
  ['month', 20],
  ['season', 8],
  ['year', 12],
  ['span', 20],
];

/** Authors give a label only sometimes; the app derives one when it is absent. */
const LABEL_CHANCE = 0.25;

/** The label the app itself would write for a date ("Spring 2016", "March 3 – May 2016"). */
function appLabel(date: EventDateInput): string {
  const resolved = resolveDate(date);
  if (resolved.kind === 'failed')
    throw new Error(
      `Generated an invalid date ${JSON.stringify(date)}: ${JSON.stringify(resolved.reason)}`,
    );
  return resolved.date.label;
}

/** Adds a label to a minority of dates; the label is built lazily so most events skip it. */
function withLabel(
  random: Random,
  date: EventDateInput,
  makeLabel: () => string = () => appLabel(date),
): EventDateInput {
  return random.chance(LABEL_CHANCE) ? { ...date, label: makeLabel() } : date;
}

function monthDate(random: Random, day: number): EventDateInput {
  const { day: dom } = partsOf(day);
  // Authors often narrow a month in words ("Early March") without committing to a day.
  const qualifier = dom <= 10 ? 'Early ' : dom >= 21 ? 'Late ' : '';
  const date: EventDateInput = { precision: 'month', start: isoOf(day, 'month') };
  return withLabel(random, date, () =>
    random.chance(0.5) ? `${qualifier}${appLabel(date)}` : appLabel(date),
  );
}

/** The first month of each of the app's seasons (meteorological, northern hemisphere). */
const SEASON_START: Readonly<Record<Season, number>> = {
  Winter: 12,
  Spring: 3,
  Summer: 6,
  Fall: 9,
};

/** The season holding the day; the app wants start YYYY-MM and an end two months later. */
function seasonDate(random: Random, day: number): EventDateInput {
  const parts = partsOf(day);
  const month = SEASON_START[seasonOf(parts.month)];
  // January and February belong to the winter that began the December before.
  let year = month === 12 && parts.month <= 2 ? parts.year - 1 : parts.year;
  let first = month;
  // Keep the whole season inside 1925–2024: Winter 1924–25 and Winter 2024–25 would leak out.
  if (year < 1925) [year, first] = [1925, 3];
  if (year === 2024 && first === 12) first = 9;
  const endYear = first === 12 ? year + 1 : year;
  const endMonth = first === 12 ? 2 : first + 2;
  return withLabel(random, {
    precision: 'season',
    start: `${year}-${pad(first)}`,
    end: `${endYear}-${pad(endMonth)}`,
  });
}

/** Span length in days: mostly days to a few months, with a long tail up to about 8 years. */
function spanLength(random: Random): number {
  const kind = random.weighted([
    ['days', 55],
    ['months', 30],
    ['years', 15],
  ] as const);
  // Squaring the draw piles short spans up near a day or two, as with summits and hearings.
  if (kind === 'days') return 1 + Math.floor(29 * random.next() ** 2);
  if (kind === 'months') return random.int(31, 183);
  // Log-uniform, so a two-year inquiry is as likely as an eight-year war is rare.
  return Math.round(Math.exp(Math.log(184) + random.next() * Math.log(2922 / 184)));
}

/**
 * How precisely each end of a span is known. Long spans are usually known to the month or year;
 * now and then the start is known better than the end ("from March 3 until some time in 2019").
 */
function spanUnits(random: Random, length: number): { start: DateUnit; end: DateUnit } {
  const units: readonly (readonly [DateUnit, number])[] =
    length < 62
      ? [
          ['day', 85],
          ['month', 15],
        ]
      : length < 730
        ? [
            ['day', 45],
            ['month', 45],
            ['year', 10],
          ]
        : [
            ['day', 25],
            ['month', 40],
            ['year', 35],
          ];
  const start = random.weighted(units);
  const end = random.chance(0.2) ? random.weighted(units) : start;
  return { start, end };
}

function spanDate(random: Random, anchorDay: number): EventDateInput {
  const length = spanLength(random);
  // Slide a span that would run past 2024 back rather than cutting it, so its length survives.
  const first = Math.max(FIRST_DAY, Math.min(anchorDay, LAST_DAY - length));
  const last = first + length;
  let { start: startUnit, end: endUnit } = spanUnits(random, length);
  // A coarse end can swallow the start ("2016-03-05 – 2016"); the reader cannot tell which came
  // first, so fall back to days, which are always distinct and ordered (length >= 1).
  if (periodOf(first, startUnit).after > periodOf(last, endUnit).first) {
    startUnit = 'day';
    endUnit = 'day';
  }
  return withLabel(random, {
    precision: 'span',
    start: isoOf(first, startUnit),
    end: isoOf(last, endUnit),
  });
}

function makeDate(random: Random, day: number): EventDateInput {
  const precision = random.weighted(PRECISIONS);
  switch (precision) {
    case 'day':
    case 'year':
      return withLabel(random, { precision, start: isoOf(day, precision) });
    case 'month':
      return monthDate(random, day);
    case 'season':
      return seasonDate(random, day);
    case 'span':
      return spanDate(random, day);
  }
}

// ---------------------------------------------------------------------------------------------
// Events and stores
// ---------------------------------------------------------------------------------------------

function topicLabel(id: string): string {
  return TOPICS.find((t) => t.id === id)?.label ?? id;
}

function makeEvent(random: Random, id: string): GeneratedEvent {
  const { day, burst } = anchor(random);
  const date = makeDate(random, day);
  const topics = pickTopics(random, burst);
  const context = {
    institution: random.pick(INSTITUTIONS),
    subject: fill(random, random.pick(SUBJECTS[topics[0]] ?? [topicLabel(topics[0])])),
    year: partsOf(day).year,
  };

  const people = random.chance(0.2) ? makePeople(random) : undefined;

  let quote: { text: string; speaker: string } | undefined;
  let quoteSentence: string | undefined;
  if (random.chance(0.1)) {
    // The speaker is one of the event's people when it names any, as in a real story.
    const speaker = people?.[0] ?? personName(random);
    quote = { text: random.pick(QUOTE_LINES), speaker };
    quoteSentence = `"${quote.text}," ${speaker} said.`;
  }

  const event: GeneratedEvent = {
    id,
    title: makeTitle(random, context.subject, topicLabel(topics[0])),
    summary: makeSummary(random, context, quoteSentence),
    date,
    topics,
  };
  if (people) event.people = people;
  if (quote) event.quotes = [quote];
  if (random.chance(0.3)) {
    event.sources = random.sample(SOURCES, random.int(1, 3)).map((name) => ({ name }));
  }
  return event;
}

/** `count` events from `seed` (0 to 2^32 − 1), in shuffled order, with the bundled topics. */
export function makeDataset(count: number, seed: number): GeneratedStore {
  const random = makeRandom(seed);
  const width = Math.max(6, String(count).length);
  const events = Array.from({ length: count }, (_, i) =>
    makeEvent(random, `e-${pad(i + 1, width)}`),
  );
  // The app sorts on load; shuffled input makes sure nothing downstream relies on file order.
  random.shuffle(events);
  return {
    version: 1,
    title: `Generated timeline (${count} events, seed ${seed})`,
    description:
      `Synthetic events for load and performance tests, written by scripts/generate-events.ts ` +
      `with seed ${seed}. Dates, headlines and summaries are random and describe nothing real.`,
    source: { publisher: 'Generator', title: 'Synthetic events' },
    topics: TOPICS,
    events,
  };
}

/**
 * The smallest valid events: an id, a short title, one day and one topic. A million of them fit
 * well inside the app's 200 MB limit (full events would not), so they measure what loading and
 * drawing cost per event rather than per byte. Same days and topics as full stores, shuffled.
 */
export function makeMinimalDataset(count: number, seed: number): GeneratedStore<MinimalEvent> {
  const random = makeRandom(seed);
  const width = Math.max(6, String(count).length);
  const events = Array.from({ length: count }, (_, i): MinimalEvent => {
    const { day, burst } = anchor(random);
    return {
      id: `e-${pad(i + 1, width)}`,
      title: `Event ${i + 1}`,
      date: { precision: 'day', start: isoOf(day, 'day') },
      topics: [pickTopics(random, burst)[0]],
    };
  });
  random.shuffle(events);
  return {
    version: 1,
    title: `Generated minimal timeline (${count} events, seed ${seed})`,
    description:
      `Minimal synthetic events (id, title, day, topic) for load tests, written by ` +
      `scripts/generate-events.ts --minimal with seed ${seed}. They describe nothing real.`,
    source: { publisher: 'Generator', title: 'Synthetic events' },
    topics: TOPICS,
    events,
  };
}

// ---------------------------------------------------------------------------------------------
// Groups of the store's own (swimlanes)
// ---------------------------------------------------------------------------------------------

/**
 * A newsroom's desks, half with a colour of their own and half left to the app's palette, each
 * with its share of the output: the busiest files about five times what the quietest does, so
 * that the bands are uneven, as real ones are.
 */
const DESKS: readonly (readonly [Group, number])[] = [
  [{ id: 'desk-1', label: 'Desk 1', color: '#1d4ed8' }, 5],
  [{ id: 'desk-2', label: 'Desk 2' }, 4],
  [{ id: 'desk-3', label: 'Desk 3', color: '#b91c1c' }, 3.5],
  [{ id: 'desk-4', label: 'Desk 4' }, 3],
  [{ id: 'desk-5', label: 'Desk 5', color: '#047857' }, 2.5],
  [{ id: 'desk-6', label: 'Desk 6' }, 2],
  [{ id: 'desk-7', label: 'Desk 7', color: '#92400e' }, 2],
  [{ id: 'desk-8', label: 'Desk 8' }, 1.5],
  [{ id: 'desk-9', label: 'Desk 9', color: '#6d28d9' }, 1],
  [{ id: 'desk-10', label: 'Desk 10' }, 1],
];

/** The groups a grouped store declares. */
export const GENERATED_GROUPS: readonly Group[] = DESKS.map(([group]) => group);

/**
 * Keeps the group draws apart from the events' own: the grouped store has exactly the events of
 * the plain store of the same count and seed, so that the two differ in the bands alone.
 */
const GROUP_STREAM = 0x9e3779b9;

/** The store with the desks declared as its groups and every event in one of them. */
export function withGroups(store: GeneratedStore, seed: number): GeneratedStore {
  const random = makeRandom((seed ^ GROUP_STREAM) >>> 0);
  const shares = DESKS.map(([group, share]) => [group.id, share] as const);
  return {
    ...store,
    title: store.title.replace('Generated timeline', 'Generated timeline in groups'),
    groups: [...GENERATED_GROUPS],
    events: store.events.map((event) => ({ ...event, group: random.weighted(shares) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Links between events
// ---------------------------------------------------------------------------------------------

/**
 * Where the open event's links lead, as fractions of the events' whole range away from it. The
 * app's "1/10 zoom" shows about ±0.048 of the range around its middle, so the five nearest are
 * drawn as arcs there and the others as pointers to the edge of the view; at "Fit all" all are
 * arcs. Uneven on purpose, as real references are.
 */
const HUB_LINK_OFFSETS = [
  -0.44, -0.3, -0.17, -0.09, -0.035, -0.012, 0.008, 0.022, 0.04, 0.11, 0.26, 0.41,
] as const;

/** Where the events that link to the open one sit, in the same fractions. */
const INCOMING_OFFSETS = [-0.21, -0.004, 0.028, 0.33] as const;

/** Short notes, on about two links in three. */
const LINK_NOTES = [
  'Named in the follow-up report.',
  'The same officials, years later.',
  'Cited as the precedent.',
  'Announced in answer to it.',
  'Coverage drew the comparison.',
  'Part of the same negotiations.',
] as const;
const NOTE_CHANCE = 2 / 3;

/** How many links the open event has, and how many other events link to it. */
export const HUB_LINKS = HUB_LINK_OFFSETS.length;
export const INCOMING_LINKS = INCOMING_OFFSETS.length;

/** Keeps the link draws apart from the events' own, as GROUP_STREAM does for groups. */
const LINK_STREAM = 0x85ebca6b;

/** When an event starts and ends, in UTC ms, by the app's own date rules. */
function timesOf(event: GeneratedEvent): { start: number; end: number } {
  const resolved = resolveDate(event.date);
  if (resolved.kind === 'failed') throw new Error(`Event ${event.id} has an invalid date`);
  return resolved.date;
}

/**
 * The event that starts nearest the middle of the events' range, which the benchmark opens so
 * that its links are drawn in every view it measures, the "1/10 zoom" around the middle included.
 */
export function linkHub(events: readonly GeneratedEvent[]): GeneratedEvent {
  const times = events.map(timesOf);
  const middle =
    (Math.min(...times.map((t) => t.start)) + Math.max(...times.map((t) => t.end))) / 2;
  let hub: GeneratedEvent | undefined;
  let distance = Infinity;
  events.forEach((event, i) => {
    const away = Math.abs((times[i]?.start ?? Infinity) - middle);
    if (away < distance) [hub, distance] = [event, away];
  });
  if (!hub) throw new Error('A store without events has no event to link from');
  return hub;
}

/**
 * The store with links around one event in the middle of its range (linkHub): twelve of its own,
 * to events spread across the range, of every kind (led-to only forward in time, response-to only
 * back), most with a short note, and a link to it from
 * four others. Its events are otherwise exactly the plain store's, so that the two differ in the
 * links alone; it needs a few dozen events to find them all distinct targets.
 */
export function withLinks(store: GeneratedStore, seed: number): GeneratedStore {
  const random = makeRandom((seed ^ LINK_STREAM) >>> 0);
  const hub = linkHub(store.events);
  const starts = new Map(store.events.map((event) => [event.id, timesOf(event).start]));
  const hubStart = starts.get(hub.id) ?? 0;
  const all = [...starts.values()];
  const span = Math.max(...all) - Math.min(...all);
  const taken = new Set([hub.id]);
  /** The event not yet linked that starts nearest to `offset` of the range from the hub. */
  const nearest = (offset: number): string => {
    const target = hubStart + offset * span;
    let best: string | undefined;
    let distance = Infinity;
    for (const [id, start] of starts) {
      if (taken.has(id) || Math.abs(start - target) >= distance) continue;
      best = id;
      distance = Math.abs(start - target);
    }
    if (best === undefined) throw new Error('Too few events to link');
    taken.add(best);
    return best;
  };
  /** Every third a see-also; the others lead to a later event or answer an earlier one. */
  const link = (from: string, to: string, i: number): GeneratedLink => {
    const later = (starts.get(to) ?? 0) >= (starts.get(from) ?? 0);
    const kind: LinkKind = i % 3 === 2 ? 'see-also' : later ? 'led-to' : 'response-to';
    return random.chance(NOTE_CHANCE) ? { to, kind, note: random.pick(LINK_NOTES) } : { to, kind };
  };
  const hubLinks = HUB_LINK_OFFSETS.map((offset, i) => link(hub.id, nearest(offset), i));
  const incoming = new Map(
    INCOMING_OFFSETS.map((offset, i) => {
      const from = nearest(offset);
      return [from, [link(from, hub.id, i + 1)]];
    }),
  );
  return {
    ...store,
    title: store.title.replace('Generated timeline', 'Generated timeline with links'),
    events: store.events.map((event) => {
      const links = event.id === hub.id ? hubLinks : incoming.get(event.id);
      return links ? { ...event, links } : event;
    }),
  };
}
