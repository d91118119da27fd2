import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import { bandsOf, UNGROUPED, type BandSource } from './bands.ts';

const source: BandSource = {
  topics: [
    { id: 'nato', label: 'NATO', color: '#1d4ed8' },
    { id: 'syria', label: 'Syria', color: '#b91c1c' },
    { id: 'sanctions', label: 'Sanctions', color: '#047857' },
  ],
  groups: [
    { id: 'senate', label: 'Senate', color: '#7c3aed' },
    { id: 'house', label: 'House' },
  ],
};

const a = makeEvent('2017-01-01', { topics: ['syria', 'nato'], group: 'house' });
const b = makeEvent('2017-02-01', { topics: ['nato'], group: 'senate' });
const c = makeEvent('2017-03-01', { topics: ['syria'] });
const d = makeEvent('2017-04-01', { topics: ['nato', 'syria'], group: 'senate' });
const events = [a, b, c, d];

const summary = (bands: ReturnType<typeof bandsOf>) =>
  bands.map((band) => [band.key, band.label, band.color, band.order, band.events.map((e) => e.id)]);

describe('bandsOf', () => {
  it('keeps one unlabelled band of every event when not grouping', () => {
    const bands = bandsOf(events, 'none', source, 'Other');
    expect(bands).toEqual([{ key: 'all', label: null, color: undefined, order: 0, events }]);
    expect(bands[0]?.events).toBe(events);
  });

  it('puts each event in the band of its first topic, in the dataset’s order of topics', () => {
    expect(summary(bandsOf(events, 'topic', source, 'Other'))).toEqual([
      ['nato', 'NATO', '#1d4ed8', 0, [b.id, d.id]],
      ['syria', 'Syria', '#b91c1c', 1, [a.id, c.id]],
    ]);
  });

  it('sorts by group in the dataset’s order, with the events outside any group last', () => {
    expect(summary(bandsOf(events, 'groups', source, 'Other'))).toEqual([
      ['senate', 'Senate', '#7c3aed', 0, [b.id, d.id]],
      ['house', 'House', undefined, 1, [a.id]],
      [UNGROUPED, 'Other', undefined, 2, [c.id]],
    ]);
  });

  it('leaves out bands that the filters have emptied, keeping each band’s place', () => {
    expect(summary(bandsOf([c], 'groups', source, 'Otros'))).toEqual([
      [UNGROUPED, 'Otros', undefined, 2, [c.id]],
    ]);
    expect(bandsOf([], 'topic', source, 'Other')).toEqual([]);
  });

  it('puts an event whose group is not declared with those outside any group', () => {
    const stray = makeEvent('2017-05-01', { group: 'courts' });
    expect(summary(bandsOf([stray, b], 'groups', source, 'Other'))).toEqual([
      ['senate', 'Senate', '#7c3aed', 0, [b.id]],
      [UNGROUPED, 'Other', undefined, 2, [stray.id]],
    ]);
  });
});
