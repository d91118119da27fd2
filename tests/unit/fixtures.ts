import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataLoader } from '../../src/app/start-app.ts';
import { parseStore } from '../../src/data/parse-store.ts';
import { READERS_AT_HAND } from '../../src/data/format-readers.ts';
import type { Dataset, TimelineEvent } from '../../src/data/schema.ts';
import { parseDataset } from '../../src/data/schema.ts';

export const seedText = readFileSync(
  resolve(__dirname, '../../public/data/trump-russia.json'),
  'utf8',
);

/** A loader for component tests that parses the given text whatever it is asked to load. */
export const textLoader =
  (text: string): DataLoader =>
  (source) => {
    const name = source.kind === 'url' ? source.url : source.name;
    const bytes = new TextEncoder().encode(text);
    return parseStore({ bytes, name, path: name, contentType: '' }, undefined, READERS_AT_HAND);
  };

/** The bundled store, read from disk instead of fetched. */
export const loadSeed = textLoader(seedText);

export function seedDataset(): Dataset {
  const result = parseDataset(JSON.parse(seedText));
  if (result.kind !== 'ok') throw new Error('seed data does not load');
  return result.dataset;
}

let counter = 0;
/** A small event for pure-logic tests. */
export function makeEvent(
  start: string,
  overrides: Partial<Omit<TimelineEvent, 'date'>> & { end?: string } = {},
): TimelineEvent {
  const { end, ...rest } = overrides;
  const s = Date.parse(start);
  const e = end ? Date.parse(end) : s + 86_400_000;
  counter++;
  return {
    id: `event-${counter}`,
    title: `Event ${counter}`,
    summary: '',
    topics: ['nato'],
    people: [],
    quotes: [],
    sources: [],
    media: [],
    links: [],
    date: {
      precision: end ? 'span' : 'day',
      kind: end ? 'span' : 'exact',
      start: s,
      end: e,
      label: start,
    },
    writtenDate: {
      precision: end ? 'span' : 'day',
      start: start.slice(0, 10),
      ...(end && { end: end.slice(0, 10) }),
    },
    ...rest,
  };
}
