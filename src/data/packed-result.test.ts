import { describe, expect, it } from 'vitest';
import { makeDataset, makeMinimalDataset } from '../../scripts/lib/generated-store.ts';
import { resultReceiver, sendResult, type ResultMessage } from './packed-result.ts';
import type { LoadResult } from './parse-result.ts';
import { parseDataset } from './schema.ts';

function loaded(json: unknown): LoadResult & { kind: 'ok' } {
  const parsed = parseDataset(JSON.parse(JSON.stringify(json)));
  if (parsed.kind !== 'ok') throw new Error(JSON.stringify(parsed.reason.problems));
  return { kind: 'ok', dataset: parsed.dataset, problems: parsed.problems, skipped: 0 };
}

/** Sends a result as the worker does, each message cloned as postMessage would, and rebuilds it. */
function roundTrip(result: LoadResult, partSize: number) {
  const receive = resultReceiver();
  const messages: ResultMessage['type'][] = [];
  let rebuilt: LoadResult | null = null;
  sendResult(
    result,
    (message, transfer) => {
      messages.push(message.type);
      rebuilt = receive(structuredClone(message, { transfer })) ?? rebuilt;
    },
    partSize,
  );
  return { rebuilt: rebuilt as LoadResult | null, messages };
}

const day = { precision: 'day', start: '2018-07-16' };
/** Events that use every field, and days that are written in more than one way. */
const varied = {
  version: 1,
  title: 'Varied',
  updated: '2020-07-30',
  topics: [
    { id: 'a', label: 'A', color: '#112233' },
    { id: 'b', label: 'B', color: '#445566' },
  ],
  groups: [{ id: 'g', label: 'G' }],
  eras: [{ id: 'e', title: 'E', start: '2018', end: '2018' }],
  events: [
    { id: 'plain', title: 'Plain', date: day, topics: ['a'] },
    { id: 'labelled', title: 'Labelled', date: { ...day, label: 'Helsinki day' }, topics: ['b'] },
    {
      id: 'full',
      title: 'Full',
      summary: 'A summary “quoted”.',
      date: day,
      dateNote: '',
      topics: ['a', 'b'],
      people: ['Ann', 'Bo'],
      quotes: [{ text: 'Q1', speaker: 'Ann' }, { text: 'Q2' }],
      sources: [{ name: 'S1', url: 'https://example.com/a' }, { name: 'S2' }],
      group: 'g',
      summaryHtml: '<p>A summary <em>“quoted”</em>.</p>',
      added: '2019-11-17',
      updated: '2020-07-30',
      changeNote: 'Updated with the interview',
      links: [
        { to: 'plain', kind: 'led-to', note: 'It led there.' },
        { to: 'noted', kind: 'see-also' },
      ],
    },
    {
      id: 'noted',
      title: 'Noted',
      date: { precision: 'year', start: '2018' },
      dateNote: 'From the record.',
      topics: ['b'],
      added: '2020-07',
    },
    {
      id: 'span',
      title: 'Span',
      date: { precision: 'span', start: '2018-01', end: '2018-03' },
      topics: ['a'],
    },
  ],
};

/** Dates of BC: negative times, and ISO years with a minus. */
const beforeChrist = {
  ...varied,
  eras: [{ id: 'e', title: 'Republic', start: '-0508', end: '-0026' }],
  events: [
    { id: 'founded', title: 'Founded', date: { precision: 'year', start: '-0508' }, topics: ['a'] },
    { id: 'ides', title: 'Ides', date: { precision: 'day', start: '-0043-03-15' }, topics: ['b'] },
    {
      id: 'reign',
      title: 'Reign',
      date: { precision: 'span', start: '-0026-01', end: '0014-08' },
      topics: ['a'],
    },
  ],
};

describe('sendResult and resultReceiver', () => {
  it.each([
    ['events using every field', () => loaded(varied)],
    ['full generated events', () => loaded(makeDataset(300, 5))],
    ['minimal generated events', () => loaded(makeMinimalDataset(1000, 5))],
    ['no events', () => loaded({ ...varied, events: [] })],
    ['events before Christ and across the start of the era', () => loaded(beforeChrist)],
  ])('rebuild %s whole, in parts of any size', (_, make) => {
    const result = make();
    for (const partSize of [1, 2, 7, 100_000]) {
      const { rebuilt, messages } = roundTrip(result, partSize);
      expect(rebuilt).toStrictEqual(result);
      const parts = Math.ceil(result.dataset.events.length / partSize);
      expect(messages).toEqual([...Array<'events'>(parts).fill('events'), 'done']);
    }
  });

  it('carries a date of BC as written and as drawn', () => {
    const { rebuilt } = roundTrip(loaded(beforeChrist), 2);
    const events = rebuilt?.kind === 'ok' ? rebuilt.dataset.events : [];
    const ides = events.find((e) => e.id === 'ides');
    expect(ides?.writtenDate).toEqual({ precision: 'day', start: '-0043-03-15' });
    expect(ides?.date).toMatchObject({
      label: 'March 15, 44 BC',
      start: Date.parse('-000043-03-15T00:00:00Z'),
    });
    expect(rebuilt?.kind === 'ok' && rebuilt.dataset.eras[0]?.written).toEqual({
      start: '-0508',
      end: '-0026',
    });
  });

  it('sends a failed result as it is', () => {
    const failed: LoadResult = {
      kind: 'failed',
      reason: { code: 'not-a-timeline', name: 'x.json', problems: [] },
    };
    expect(roundTrip(failed, 10)).toEqual({ rebuilt: failed, messages: ['done'] });
  });

  it('gives events on the same day one shared, frozen date, whichever parts they came in', () => {
    const { rebuilt } = roundTrip(loaded(varied), 1);
    const events = rebuilt?.kind === 'ok' ? rebuilt.dataset.events : [];
    const [plain, full] = ['plain', 'full'].map((id) => events.find((e) => e.id === id));
    expect(plain?.date).toBe(full?.date);
    expect(Object.isFrozen(plain?.date)).toBe(true);
    expect(events.find((e) => e.id === 'labelled')?.date.label).toBe('Helsinki day');
  });
});
