import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../ui/contrast.ts';
import { parseDataset } from './schema.ts';

const json: unknown = JSON.parse(
  readFileSync(resolve(__dirname, '../../public/data/trump-russia.json'), 'utf8'),
);
const result = parseDataset(json);
if (!result.ok) throw new Error(`seed data does not load: ${JSON.stringify(result.problems)}`);
const { dataset } = result;

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

  it.each(dataset.topics.map((t) => [t.label, t.color] as const))(
    'topic %s (%s) has AA contrast against white',
    (_, color) => {
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    },
  );

  // The article text is kept outside the repository; where it is at hand, check the copy is verbatim.
  const articlePath = resolve(__dirname, '../../../shared/seed/000_12a480adac904209.txt');
  it.skipIf(!existsSync(articlePath))(
    'quotes titles and paragraphs verbatim from the article',
    () => {
      const lines = new Set(
        readFileSync(articlePath, 'utf8')
          .split('\n')
          .map((l) => l.trim()),
      );
      for (const event of dataset.events) {
        expect(lines.has(event.summary), event.id).toBe(true);
      }
      for (const title of EPISODES.slice(1)) expect(lines.has(title), title).toBe(true);
    },
  );
});
