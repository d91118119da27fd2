import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset, type TimelineEvent } from './schema.ts';

interface RawEvent {
  id: string;
  date: { start: string; end?: string };
}
const json = JSON.parse(
  readFileSync(resolve(__dirname, '../../public/data/trump-russia.json'), 'utf8'),
) as { events: RawEvent[] };
const result = parseDataset(json);
if (result.kind !== 'ok')
  throw new Error(`seed data does not load: ${JSON.stringify(result.reason.problems)}`);
const { dataset } = result;

// The article the dataset was built from, as a fixture, so that the checks against it always run.
const article = readFileSync(resolve(__dirname, '../../tests/fixtures/seed-article.txt'), 'utf8');
const articleLines = article.split('\n').map((line) => line.trim());

/** The article's headings, in its order; the opening episode has none and is quoted from its text. */
const EPISODES = [
  'Trump has denied the veracity of US intelligence reports',
  'Trump has repeatedly praised Putin',
  'Trump hired Manafort to run his campaign',
  'Trump suggested Russia can keep Crimea',
  'Trump aides softened GOP platform on Ukraine',
  'Trump made light of Russian hacking',
  'Trump capitalized on Russian meddling to win',
  'Trump denied that Russia interfered in 2016',
  'Trump transition undermined Russian sanctions',
  'Trump was open to lifting Russian sanctions',
  'Trump refused to say Putin is a killer',
  'Trump mulled returning spy bases to Russia',
  'Trump gave Russia classified intelligence',
  'Trump criticized and alienated NATO allies',
  'Trump was reluctant to sign Russian sanctions',
  'Trump proposed a cyber unit with Russia',
  'Trump thanked Putin for expelling US diplomats',
  'Trump eased sanctions on Deripaska',
  'Trump congratulated Putin on his sham election',
  'Trump balked at sanctions for Skripal poisoning',
  'Trump nixed US statement about Russian war',
  'Trump praised pro-Russian leaders in Europe',
  'Trump didn’t publicly condemn Russian attack',
  'Trump defended Soviet invasion of Afghanistan',
  'Trump asked allies to let Russia back in the G7',
  'Trump’s Syria withdrawal gave Putin a boost',
  'Trump repeated Kremlin talking points on ISIS',
];

describe('the bundled dataset', () => {
  it('loads with no problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('holds every episode of the article, and nothing else', () => {
    expect(dataset.events.map((e) => e.title).sort()).toEqual([...EPISODES].sort());
  });

  it.each(dataset.events.map((e) => [e.id, e] as const))(
    '%s has a summary, a labelled date and a topic',
    (_, event) => {
      expect(event.summary.length).toBeGreaterThan(80);
      expect(event.date.label).not.toBe('');
      expect(event.date.end).toBeGreaterThan(event.date.start);
      expect(event.topics.length).toBeGreaterThan(0);
      for (const quote of event.quotes) expect(event.summary).toContain(quote.text);
    },
  );

  it('never claims a day the article does not give', () => {
    expect(dataset.events.filter((e) => e.date.precision === 'day')).toEqual([]);
  });

  it.each(['sanctions', 'elections', 'nato', 'syria'])('tags at least one event with %s', (id) => {
    expect(dataset.events.some((e) => e.topics.includes(id))).toBe(true);
  });

  it('quotes titles and paragraphs verbatim from the article', () => {
    const lines = new Set(articleLines);
    for (const event of dataset.events) expect(lines.has(event.summary), event.id).toBe(true);
    for (const title of EPISODES.slice(1)) expect(lines.has(title), title).toBe(true);
  });
});

describe('the bundled dataset’s account of itself', () => {
  // A heading is a short line that opens with “Trump” and, unlike a paragraph, ends without
  // punctuation: counted from the article, not from our list of episodes.
  const headings = articleLines.filter(
    (line) => /^Trump/.test(line) && line.length < 60 && !/[.,”)"]$/.test(line),
  );
  const titleCount = Number(/^(\d+) times/.exec(dataset.title)?.[1]);

  it('holds every headed episode of the article plus the opening one', () => {
    expect(headings).toHaveLength(26);
    expect(dataset.events).toHaveLength(headings.length + 1);
  });

  it('says in its note how many episodes this copy holds and how many the title counts', () => {
    expect(titleCount).toBe(37);
    expect(dataset.note).toMatch(new RegExp(`\\b${headings.length}\\b`));
    expect(dataset.note).toMatch(new RegExp(`\\b${dataset.events.length}\\b`));
    expect(dataset.note).toMatch(new RegExp(`\\b${titleCount}\\b`));
  });

  it('describes the years its events cover', () => {
    const years = (text: string) => (text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
    const eventYears = json.events.flatMap((e) => years(`${e.date.start} ${e.date.end ?? ''}`));
    const described = years(dataset.description);
    expect(Math.min(...described)).toBe(Math.min(...eventYears));
    expect(Math.max(...described)).toBe(Math.max(...eventYears));
  });
});

describe('each bundled event against its own text', () => {
  const rows = dataset.events.map((event) => {
    const raw = json.events.find((e) => e.id === event.id) as RawEvent;
    return [event.id, event, raw] as const;
  });

  it.each(rows)('%s: every year it is drawn at is in its text or its dateNote', (_, event, raw) => {
    const drawn = [raw.date.start, raw.date.end].flatMap((d) => (d ? [d.slice(0, 4)] : []));
    for (const year of drawn) {
      const where = event.summary.includes(year) ? 'text' : event.dateNote?.includes(year);
      expect(where, `${year} has no basis in the text and no dateNote`).toBeTruthy();
    }
  });

  /** A name as the text gives it: a person's first name, from `people`, may be added. */
  const namedInText = (name: string, event: TimelineEvent) => {
    const forms = [
      name,
      ...event.people
        .filter((p) => name.includes(p))
        .map((p) => name.replace(p, p.split(' ').at(-1) as string)),
    ];
    const text = event.summary.toLowerCase();
    return forms.some((form) => text.includes(form.toLowerCase()));
  };

  it.each(rows)('%s: names its speakers and sources as its text does', (_, event) => {
    for (const { speaker } of event.quotes) {
      if (speaker) expect(namedInText(speaker, event), `speaker ${speaker}`).toBe(true);
    }
    for (const { name } of event.sources) {
      expect(namedInText(name, event), `source ${name}`).toBe(true);
    }
  });

  // What a paragraph is about decides its topics: these words in the text call for the topic.
  it.each([
    ['elections', /interfer|meddl/i],
    ['sanctions', /sanction/i],
    ['nato', /\bNATO\b/],
    ['syria', /\bSyria/],
    ['ukraine', /\bUkrain/],
  ])('an event whose text matches the %s words %s carries that topic', (topic, words) => {
    const untagged = dataset.events.filter(
      (e) => words.test(e.summary) && !e.topics.includes(topic),
    );
    expect(untagged.map((e) => e.id)).toEqual([]);
  });
});

describe('bundled dates beyond the text', () => {
  const byId = (id: string) => dataset.events.find((e) => e.id === id) as TimelineEvent;
  const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

  it('dates the ISIS talking points from the previous episode, and says so', () => {
    const event = byId('isis-talking-points');
    expect(event.date.label).toBe('October 2019');
    expect(event.dateNote).toMatch(/previous episode/);
    expect(event.dateNote).toMatch(/Syria withdrawal/);
  });

  it('dates the praise for pro-Russian leaders from Le Pen’s campaign and Orban’s visit', () => {
    const event = byId('pro-russian-leaders');
    expect(yearOf(event.date.start)).toBe(2017);
    expect(event.dateNote).toMatch(/Le Pen/);
    expect(event.dateNote).toMatch(/Orban/);
  });

  it('says what the praise for Putin covers: from 2013, though his public praise goes back to 2007', () => {
    const event = byId('praised-putin');
    expect(yearOf(event.date.start)).toBe(2013);
    expect(event.dateNote).toMatch(/Miss Universe/);
    expect(event.dateNote).toMatch(/2007.*Larry King/);
    expect(event.dateNote).toMatch(/leaves those earlier years out/);
  });
});

describe('the bundled dataset’s dates of change', () => {
  const firstPublished = '2019-11-17';
  const marked = dataset.events.filter((e) => e.added !== undefined || e.updated !== undefined);

  it('dates the article’s update, as the source does, to its month', () => {
    expect(dataset.source?.published).toBe(firstPublished);
    expect(dataset.updated).toBe('2020-07');
    expect(dataset.source?.updated).toBe(dataset.updated);
  });

  it('marks as added in the update only the episodes that cannot be older than it', () => {
    // Dated after the first publication, or told from a book published after it.
    const afterFirst = dataset.events.filter(
      (e) => e.date.start >= Date.UTC(2019, 10, 18) || /Bolton’s memoir/.test(e.summary),
    );
    expect(afterFirst.map((e) => e.id).sort()).toEqual([
      'georgia-statement',
      'russian-bounties',
      'skripal-sanctions',
    ]);
    expect(marked.map((e) => e.id).sort()).toEqual(afterFirst.map((e) => e.id).sort());
    for (const event of marked) {
      expect(event.added).toBe(dataset.updated);
      expect(event.updated).toBeUndefined();
      expect(event.changeNote).toMatch(/July 2020 update/);
      // Where the day of the update, or the book's, comes from.
      expect(event.dateNote).toMatch(/November 17, 2019/);
    }
  });

  it('says in its note how the marked episodes were chosen', () => {
    expect(dataset.note).toMatch(/\b12\b/);
    expect(dataset.note).toMatch(/Three of the 27 are marked as added/);
    expect(dataset.note).toMatch(/Bolton’s memoir, published in June 2020/);
    expect(dataset.note).toMatch(/does not say which of the others are new/);
  });
});
