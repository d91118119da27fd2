import { describe, expect, it } from 'vitest';
import { EVENT_FIELDS, storeToCsv, type EventJson, type StoreJson } from './csv-write.ts';
import { parseCsvText } from './parse-csv.ts';
import { EventFileSchema } from './store-shape.ts';
import { storeOf } from './store-json.ts';

/** An event with every field the schema describes, HTML summary aside (the CSV has no column). */
const full: EventJson = {
  id: 'summit',
  title: 'The summit',
  summary: 'They met.',
  date: { precision: 'span', start: '2018-07', end: '2018-08', label: 'Summer 2018' },
  dateNote: 'As the minutes date it.',
  added: '2019-11-17',
  updated: '2020-07-30',
  changeNote: 'Updated with the minutes',
  topics: ['talks', 'press'],
  group: 'meetings',
  people: ['A. Person', 'B. Person'],
  quotes: [{ text: 'We talked.', speaker: 'A. Person' }, { text: 'We agreed.' }],
  sources: [{ name: 'The minutes', url: 'https://example.com/minutes' }, { name: 'A letter' }],
  media: [{ url: 'https://example.com/summit.jpg', alt: 'Two people', caption: 'The two' }],
  links: [{ to: 'after', kind: 'led-to', note: 'As the minutes say.' }],
};

const store: StoreJson = {
  title: 'Talks',
  topics: [
    { id: 'talks', label: 'Talks', color: '#1d4ed8' },
    { id: 'press', label: 'Press', color: '#b91c1c' },
  ],
  groups: [{ id: 'meetings', label: 'Meetings' }],
  events: [
    full,
    { id: 'after', title: 'After', date: { precision: 'year', start: '2019' }, topics: ['talks'] },
  ],
};

describe('a store written as CSV', () => {
  it('writes the cells of every field of an event that the schema describes', () => {
    expect(EVENT_FIELDS.toSorted()).toEqual(Object.keys(EventFileSchema.entries).toSorted());
  });

  it('reads back an event with every field as it was written', () => {
    const result = parseCsvText(storeToCsv(store), 'talks.csv');
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
    expect(result.problems).toEqual([]);
    const [summit] = storeOf(result.dataset, result.dataset.events).events.filter(
      (event) => event.id === 'summit',
    );
    expect(summit).toEqual(full);
  });
});
