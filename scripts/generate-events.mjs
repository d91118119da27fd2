#!/usr/bin/env node
/**
 * Writes synthetic event stores (docs/data-format.md) for load and performance tests.
 *
 *   node scripts/generate-events.mjs --events 10000 --seed 1 [--out path]
 *   node scripts/generate-events.mjs --sizes 1000,10000,100000 --seed 1
 *
 * The output depends only on the event count and the seed (a seeded PRNG, never Math.random), so
 * a benchmark run can name its input exactly. The data is shaped like a real news archive rather
 * than uniform noise, because that is what the timeline has to cope with: more news in recent
 * decades, a few dense bursts, a realistic mix of date precisions, and headline- and
 * paragraph-sized text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: tiny, fast and good enough for test data; same seed, same sequence everywhere. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The few sampling helpers the generator needs, all drawing from one seeded stream. */
function makeRandom(seed) {
  const next = mulberry32(seed);
  const random = {
    next,
    /** Integer in [min, max], both inclusive. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** `entries` is a list of [value, weight]; weights need not sum to 1. */
    weighted(entries) {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    /** `count` distinct items, without replacement. */
    sample(items, count) {
      const pool = [...items];
      const out = [];
      while (out.length < count && pool.length) {
        out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      }
      return out;
    },
    /** Fisher–Yates, in place. */
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
  return random;
}

// ---------------------------------------------------------------------------------------------
// Calendar (whole UTC days since the epoch, like the app's partial dates)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const toDay = (year, month, day) => Date.UTC(year, month - 1, day) / DAY_MS;
const FIRST_DAY = toDay(1925, 1, 1);
const LAST_DAY = toDay(2024, 12, 31);

// The same English month names the app writes in its own labels.
const MONTH_NAME = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const monthName = (month) => MONTH_NAME.format(Date.UTC(2000, month - 1, 1));

function partsOf(day) {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** A day as a partial ISO date of the given unit; going through Date keeps it a real day. */
function isoOf(day, unit) {
  const p = partsOf(day);
  if (unit === 'year') return String(p.year);
  if (unit === 'month') return `${p.year}-${pad(p.month)}`;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The period [first, after) that a partial date of `unit` containing `day` stands for. */
function periodOf(day, unit) {
  const p = partsOf(day);
  if (unit === 'year') return { first: toDay(p.year, 1, 1), after: toDay(p.year + 1, 1, 1) };
  if (unit === 'month') {
    return { first: toDay(p.year, p.month, 1), after: toDay(p.year, p.month + 1, 1) };
  }
  return { first: day, after: day + 1 };
}

/** "2016", "March 2016", "March 29, 2016": the way the app writes a date. */
function labelOf(day, unit) {
  const p = partsOf(day);
  if (unit === 'year') return String(p.year);
  if (unit === 'month') return `${monthName(p.month)} ${p.year}`;
  return `${monthName(p.month)} ${p.day}, ${p.year}`;
}

// ---------------------------------------------------------------------------------------------
// When events happen
// ---------------------------------------------------------------------------------------------

/**
 * Dense news windows: a real archive has weeks where one story dominates. Each holds `share` of
 * all events (about 16% together) and leans towards its own topics. Months are inclusive.
 */
const BURSTS = [
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
function rampDay(random) {
  // Inverse CDF of the density 1 + a·t on [0, 1], so one uniform draw gives one day.
  const a = RECENT_RAMP - 1;
  const u = random.next();
  const t = (-1 + Math.sqrt(1 + 2 * a * u * (1 + a / 2))) / a;
  return FIRST_DAY + Math.min(LAST_DAY - FIRST_DAY, Math.floor(t * (LAST_DAY - FIRST_DAY + 1)));
}

/** A day inside a burst, peaked in its middle (triangular), as coverage swells and fades. */
function burstDay(random, burst) {
  const [year, month] = burst.from;
  const first = toDay(year, month, 1);
  const after = toDay(year, month + burst.months, 1);
  const t = (random.next() + random.next()) / 2;
  return first + Math.floor(t * (after - first));
}

/** Where on the timeline an event sits, and the burst it belongs to, if any. */
function anchor(random) {
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
const PRECISIONS = [
  ['day', 40],
  ['month', 20],
  ['season', 8],
  ['year', 12],
  ['span', 20],
];

/** Authors give a label only sometimes; the app derives one when it is absent. */
const LABEL_CHANCE = 0.25;

function dayDate(random, day) {
  return withLabel(random, { precision: 'day', start: isoOf(day, 'day') }, () =>
    labelOf(day, 'day'),
  );
}

function monthDate(random, day) {
  const { day: dom } = partsOf(day);
  // Authors often narrow a month in words ("Early March") without committing to a day.
  const qualifier = dom <= 10 ? 'Early ' : dom >= 21 ? 'Late ' : '';
  return withLabel(random, { precision: 'month', start: isoOf(day, 'month') }, () =>
    random.chance(0.5) ? `${qualifier}${labelOf(day, 'month')}` : labelOf(day, 'month'),
  );
}

function yearDate(random, day) {
  return withLabel(random, { precision: 'year', start: isoOf(day, 'year') }, () =>
    labelOf(day, 'year'),
  );
}

/**
 * The meteorological season holding the day (Dec–Feb, Mar–May, Jun–Aug, Sep–Nov); the validator
 * wants start YYYY-MM and an end exactly two months later.
 */
function seasonDate(random, day) {
  let { year, month } = partsOf(day);
  if (month <= 2) {
    year -= 1;
    month = 12;
  } else {
    month -= month % 3;
  }
  // Keep the whole season inside 1925–2024: Winter 1924–25 and Winter 2024–25 would leak out.
  if (year < 1925) [year, month] = [1925, 3];
  if (year === 2024 && month === 12) month = 9;
  const start = `${year}-${pad(month)}`;
  const endYear = month === 12 ? year + 1 : year;
  const endMonth = month === 12 ? 2 : month + 2;
  const season = { 12: 'Winter', 3: 'Spring', 6: 'Summer', 9: 'Fall' }[month];
  const label =
    month === 12 ? `${season} ${year}–${String(year + 1).slice(-2)}` : `${season} ${year}`;
  return withLabel(
    random,
    { precision: 'season', start, end: `${endYear}-${pad(endMonth)}` },
    () => label,
  );
}

/** Span length in days: mostly days to a few months, with a long tail up to about 8 years. */
function spanLength(random) {
  const kind = random.weighted([
    ['days', 55],
    ['months', 30],
    ['years', 15],
  ]);
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
function spanUnits(random, length) {
  const units =
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

function spanDate(random, anchorDay) {
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
  const date = { precision: 'span', start: isoOf(first, startUnit), end: isoOf(last, endUnit) };
  return withLabel(random, date, () => `${labelOf(first, startUnit)} – ${labelOf(last, endUnit)}`);
}

/** Adds a label to a minority of dates; the label is built lazily so most events skip it. */
function withLabel(random, date, makeLabel) {
  return random.chance(LABEL_CHANCE) ? { ...date, label: makeLabel() } : date;
}

function makeDate(random, day) {
  switch (random.weighted(PRECISIONS)) {
    case 'day':
      return dayDate(random, day);
    case 'month':
      return monthDate(random, day);
    case 'season':
      return seasonDate(random, day);
    case 'year':
      return yearDate(random, day);
    default:
      return spanDate(random, day);
  }
}

// ---------------------------------------------------------------------------------------------
// Topics
// ---------------------------------------------------------------------------------------------

/** The bundled dataset's topics and colors (see src/data/seed-topic-colors.test.ts). */
const TOPICS = [
  { id: 'sanctions', label: 'Sanctions', color: '#b21040' },
  { id: 'elections', label: 'Elections', color: '#006af4' },
  { id: 'nato', label: 'NATO', color: '#086860' },
  { id: 'syria', label: 'Syria', color: '#b06000' },
  { id: 'ukraine', label: 'Ukraine', color: '#5a449a' },
  { id: 'intelligence', label: 'Intelligence', color: '#505008' },
  { id: 'diplomacy', label: 'Diplomacy', color: '#4e7a64' },
  { id: 'praise', label: 'Praise for Putin', color: '#682868' },
];

/** Some topics are simply covered more than others; uneven counts exercise the filter UI. */
const TOPIC_WEIGHT = {
  sanctions: 1.3,
  elections: 1.2,
  nato: 1,
  syria: 0.7,
  ukraine: 1.4,
  intelligence: 1,
  diplomacy: 1.2,
  praise: 0.5,
};

/** A burst pulls its events strongly towards its own topics. */
const BURST_TOPIC_BOOST = 6;

function pickTopics(random, burst) {
  const count = random.weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ]);
  const pool = TOPICS.map(({ id }) => [
    id,
    TOPIC_WEIGHT[id] * (burst?.topics.includes(id) ? BURST_TOPIC_BOOST : 1),
  ]);
  const chosen = [];
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
// Words
// ---------------------------------------------------------------------------------------------

const REGIONS = ['Baltic', 'Black Sea', 'Arctic', 'Balkan', 'Caspian', 'Nordic', 'Central Asian'];
const CITIES = ['Geneva', 'Vienna', 'Helsinki', 'Istanbul', 'Brussels', 'Warsaw', 'Minsk', 'Oslo'];
const CAPITALS = ['Moscow', 'Washington', 'Kyiv', 'Berlin', 'Paris', 'London', 'Ankara', 'Beijing'];
const SYRIAN_CITIES = ['Aleppo', 'Idlib', 'Homs', 'Raqqa', 'Deir ez-Zor', 'Damascus'];
const GOODS = ['microchips', 'machine tools', 'aircraft parts', 'fertilizer', 'dual-use goods'];
const TARGETS = ['state banks', 'oligarchs', 'defense firms', 'shipping companies', 'officials'];

/** Headline subjects, all singular so that every verb agrees. */
const ACTORS = [
  'Senate panel',
  'House committee',
  'White House',
  'Kremlin',
  'Pentagon',
  'State Department',
  'Treasury',
  'European Commission',
  'Security Council',
  'Foreign minister',
  'Prime minister',
  'Opposition leader',
  'Election commission',
  'Defense ministry',
  'Parliament',
  'Moscow',
  'Washington',
  'Kyiv',
  'Brussels',
  'Intelligence chief',
  'Top diplomat',
  'Supreme Court',
];

const VERBS = [
  'delays vote on',
  'backs',
  'rejects',
  'condemns',
  'weighs',
  'announces',
  'expands',
  'eases',
  'tightens',
  'defends',
  'questions',
  'signals support for',
  'calls for review of',
  'pushes back on',
  'warns over',
  'opens inquiry into',
  'moves to block',
  'quietly drops',
  'renews push for',
  'sets deadline for',
];

/** Topic-specific noun phrases; `{region}` and friends are filled in from the lists above. */
const SUBJECTS = {
  sanctions: [
    '{region} energy sanctions',
    'export controls on {goods}',
    'asset freezes on {targets}',
    'sanctions relief for {capital}',
    'new penalties on {targets}',
    'oil price cap',
    'banking restrictions',
  ],
  elections: [
    'vote-count audit',
    'foreign interference probe',
    'campaign finance rules',
    'early election plan',
    'ballot access ruling',
    'runoff schedule',
    'voter roll review',
  ],
  nato: [
    'eastern flank deployment',
    '{region} air policing mission',
    'alliance spending targets',
    'membership bid',
    'joint exercises near {city}',
    'missile defense plan',
  ],
  syria: [
    'ceasefire talks in {city}',
    'aid corridor to {syrianCity}',
    'airstrikes near {syrianCity}',
    'troop withdrawal from northern Syria',
    'chemical weapons inquiry',
  ],
  ukraine: [
    'military aid for Kyiv',
    'grain export deal',
    'gas transit agreement',
    'reconstruction fund',
    'prisoner exchange',
    'security guarantees for Ukraine',
  ],
  intelligence: [
    'report on election hacking',
    'surveillance powers',
    'spy swap',
    'leak investigation',
    'cyberattack attribution',
    'briefing on foreign threats',
  ],
  diplomacy: [
    'summit with {capital}',
    'ambassador recall',
    'arms control treaty',
    'back-channel talks',
    'consulate closures',
    'peace framework',
  ],
  praise: [
    'remarks praising Putin',
    'warm words for the Kremlin',
    'call to readmit Russia to G8',
    'praise for strongman rule',
    'flattering Putin interview',
  ],
};

/** Bodies whose "officials" can speak in a summary (headline actors such as "Kyiv" cannot). */
const INSTITUTIONS = [
  'Kremlin',
  'White House',
  'Pentagon',
  'State Department',
  'Treasury',
  'European Commission',
  'NATO',
  'United Nations',
];

const QUALIFIERS = [
  'amid growing pressure',
  'after talks in {city}',
  'as deadline nears',
  'ahead of summit',
  'despite objections',
  'in surprise move',
  'after closed-door briefing',
  'as allies split',
  'for second time this year',
  'under pressure from allies',
];

const ISSUES = [
  'energy dependence',
  'election security',
  'arms control',
  'cyber operations',
  'refugee flows',
  'frozen assets',
  'troop levels',
  'press freedom',
];

const THINK_TANKS = [
  'the Atlantic Council',
  'Chatham House',
  'the Carnegie Endowment',
  'the Brookings Institution',
  'the International Crisis Group',
];

const ASSETS = ['the ruble', 'European gas futures', 'regional bond prices', 'defense stocks'];

const FIRST_NAMES = [
  'Anna',
  'Mikhail',
  'Sarah',
  'James',
  'Olena',
  'Dmitri',
  'Maria',
  'Thomas',
  'Leila',
  'Pavel',
  'Catherine',
  'Andriy',
  'Elena',
  'Robert',
  'Ingrid',
  'Yusuf',
];
const LAST_NAMES = [
  'Kovalenko',
  'Petrov',
  'Mitchell',
  'Hartmann',
  'Novak',
  'Sokolov',
  'Whitaker',
  'Lindqvist',
  'Haddad',
  'Morozova',
  'Brennan',
  'Shevchenko',
  'Dubois',
  'Alvarez',
  'Ivanova',
  'Kaplan',
];

const SOURCES = [
  'Reuters',
  'The Associated Press',
  'The Washington Post',
  'The New York Times',
  'The Wall Street Journal',
  'Financial Times',
  'BBC News',
  'CNN',
  'Politico',
  'Bloomberg',
  'NPR',
  'Der Spiegel',
  'Le Monde',
  'Al Jazeera',
  'Kyiv Independent',
];

/** Quotable lines; each appears verbatim in its summary, as the format requires. */
const QUOTE_LINES = [
  'We will not be intimidated by threats from anyone',
  'This is a decision that should have been made long ago',
  'Nobody in this room believes the problem is solved',
  'We have been clear about our red lines from the start',
  'He is a strong leader, far stronger than people here admit',
  'The door to dialogue remains open, but not indefinitely',
  'These measures stay in place until the behavior changes',
  'Getting along with them would be a good thing, not a bad thing',
];

/** What each `{placeholder}` in SUBJECTS and QUALIFIERS is drawn from. */
const PLACEHOLDERS = {
  region: REGIONS,
  city: CITIES,
  capital: CAPITALS,
  syrianCity: SYRIAN_CITIES,
  goods: GOODS,
  targets: TARGETS,
};

function fill(random, template) {
  return template.replace(/\{(\w+)\}/g, (_, key) => random.pick(PLACEHOLDERS[key]));
}

function personName(random) {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/** 1–3 distinct names; a repeated name would show twice in the details panel. */
function makePeople(random) {
  const count = random.int(1, 3);
  const names = new Set();
  while (names.size < count) names.add(personName(random));
  return [...names];
}

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

const TITLE_MIN = 35;
const TITLE_MAX = 90;

/**
 * "Senate panel delays vote on Baltic energy sanctions", kept to a headline's 35–90 chars. The
 * subject is shared with the summary so that the two tell the same story.
 */
function makeTitle(random, subject, topicId) {
  for (let attempt = 0; attempt < 20; attempt++) {
    let title = `${random.pick(ACTORS)} ${random.pick(VERBS)} ${subject}`;
    // Short headlines get the context a desk editor would add; long ones are drawn again.
    if (title.length < TITLE_MIN || random.chance(0.3)) {
      title += ` ${fill(random, random.pick(QUALIFIERS))}`;
    }
    if (title.length >= TITLE_MIN && title.length <= TITLE_MAX) return title;
  }
  // Unreachable with the lists above, but a generator must never emit an invalid record.
  return `Officials weigh new measures on ${TOPICS.find((t) => t.id === topicId).label}`;
}

/** Sentence templates for summaries; each is well under 250 chars (see makeSummary). */
const SENTENCES = [
  (r, c) =>
    `${c.institution} officials said the decision on the ${c.subject} followed weeks of closed-door negotiations in ${r.pick(CITIES)}.`,
  (r) =>
    `Critics argued that the move would weaken allies and reward ${r.pick(CAPITALS)}, while supporters called it long overdue.`,
  (r) =>
    `The announcement came ${r.int(2, 19)} days after a tense meeting in ${r.pick(CITIES)} drew sharp criticism from lawmakers and former diplomats.`,
  (r) =>
    `Analysts at ${r.pick(THINK_TANKS)} said the shift reflected growing unease about ${r.pick(ISSUES)}.`,
  () =>
    'A spokesperson declined to say whether further measures were planned, citing ongoing consultations with allies.',
  () =>
    'Lawmakers from both parties demanded a briefing, and several said they would seek hearings before the end of the session.',
  (r, c) =>
    `The ${c.subject} had been debated since at least ${c.year - r.int(1, 6)}, when an earlier proposal stalled in committee.`,
  (r) =>
    `According to ${r.pick(SOURCES)}, the plan was drafted by a small group of advisers and shared with allies only hours before it was made public.`,
  (r) =>
    `Markets reacted cautiously, with ${r.pick(ASSETS)} falling ${r.int(1, 6)}.${r.int(0, 9)} percent in early trading.`,
  (r) =>
    `Officials in ${r.pick(CAPITALS)} rejected the account, calling it a distortion of what had been agreed.`,
  (r) =>
    `The episode added to a long list of disputes over ${r.pick(ISSUES)} that have strained relations between ${r.pick(CAPITALS)} and its neighbors.`,
  () =>
    'It was not immediately clear how the decision would be enforced or who would monitor compliance.',
  (r) =>
    `Diplomats said a follow-up meeting was expected within ${r.int(2, 8)} weeks, though no date had been set.`,
  (r) =>
    `Earlier drafts, seen by reporters, included tougher language that was removed at the request of ${r.pick(CAPITALS)}.`,
];

const SUMMARY_MIN = 250;
const SUMMARY_MAX = 600;

/**
 * A paragraph of 250–600 chars. Sentences are added until a random target length is reached; a
 * sentence that would pass 600 stops the paragraph, which can only happen past 250 because no
 * sentence is longer than 600 − 250 chars. `quoteSentence`, if any, is placed among the others.
 */
function makeSummary(random, context, quoteSentence) {
  const target = random.int(SUMMARY_MIN, SUMMARY_MAX);
  const sentences = quoteSentence ? [quoteSentence] : [];
  let length = quoteSentence ? quoteSentence.length : 0;
  // Templates are drawn without replacement: a paragraph that says the same thing twice reads
  // as a bug in the data, not as news.
  const templates = random.shuffle([...SENTENCES]);
  while (length < target && templates.length) {
    const sentence = templates.pop()(random, context);
    if (length + 1 + sentence.length > SUMMARY_MAX) break;
    sentences.push(sentence);
    length += (sentences.length > 1 ? 1 : 0) + sentence.length;
  }
  // The quote opens the paragraph as often as it sits in the middle, like a real lede.
  if (quoteSentence && sentences.length > 1) {
    sentences.splice(0, 1);
    sentences.splice(random.int(0, sentences.length), 0, quoteSentence);
  }
  return sentences.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Events and datasets
// ---------------------------------------------------------------------------------------------

function makeEvent(random, id) {
  const { day, burst } = anchor(random);
  const date = makeDate(random, day);
  const topics = pickTopics(random, burst);
  const context = {
    institution: random.pick(INSTITUTIONS),
    subject: fill(random, random.pick(SUBJECTS[topics[0]])),
    year: partsOf(day).year,
  };

  const people = random.chance(0.2) ? makePeople(random) : undefined;

  let quote;
  let quoteSentence;
  if (random.chance(0.1)) {
    // The speaker is one of the event's people when it names any, as in a real story.
    const speaker = people ? people[0] : personName(random);
    quote = { text: random.pick(QUOTE_LINES), speaker };
    quoteSentence = `"${quote.text}," ${speaker} said.`;
  }

  const event = {
    id,
    title: makeTitle(random, context.subject, topics[0]),
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

function makeDataset(count, seed) {
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
      `Synthetic events for load and performance tests, written by scripts/generate-events.mjs ` +
      `with seed ${seed}. Dates, headlines and summaries are random and describe nothing real.`,
    source: { publisher: 'Generator', title: 'Synthetic events' },
    topics: TOPICS,
    events,
  };
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

const USAGE = `Usage:
  node scripts/generate-events.mjs --events <N> [--seed <S>] [--out <path>]
  node scripts/generate-events.mjs --sizes <N,N,...> [--seed <S>]

Defaults: --events 10000, --seed 1, --out bench/data/events-<N>.json`;

function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

function parseCount(text, flag) {
  if (!/^\d+$/.test(text) || Number(text) < 1) fail(`${flag} must be a positive integer`);
  return Number(text);
}

function parseCli(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        events: { type: 'string' },
        sizes: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(error.message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.sizes && values.events) fail('use either --events or --sizes, not both');
  if (values.sizes && values.out) fail('--out names one file; --sizes writes to default paths');
  // mulberry32 takes a 32-bit seed; larger ones would silently alias smaller ones.
  if (!/^\d+$/.test(values.seed) || Number(values.seed) > 0xffffffff) {
    fail('--seed must be an integer from 0 to 4294967295');
  }
  const counts = values.sizes
    ? values.sizes.split(',').map((part) => parseCount(part.trim(), '--sizes'))
    : [parseCount(values.events ?? '10000', '--events')];
  return { counts, seed: Number(values.seed), out: values.out };
}

function defaultPath(count) {
  return resolve(PROJECT_ROOT, 'bench', 'data', `events-${count}.json`);
}

/** Paths relative to where the user stands, unless that would climb out of it. */
function displayPath(path) {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function writeDataset(count, seed, path) {
  const started = performance.now();
  // No indentation: it would add about a fifth to the 100,000-event file for no reader.
  const text = JSON.stringify(makeDataset(count, seed));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const ms = Math.round(performance.now() - started);
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(2);
  console.log(`${displayPath(path)}  ${count} events  ${mb} MB  ${ms} ms`);
}

function main() {
  const { counts, seed, out } = parseCli(process.argv.slice(2));
  for (const count of counts) {
    writeDataset(count, seed, out ? resolve(out) : defaultPath(count));
  }
}

main();
