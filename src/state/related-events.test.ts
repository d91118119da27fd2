import { describe, expect, it } from 'vitest';
import type { EventLink, TimelineEvent } from '../data/schema.ts';
import { makeEvent } from '../../tests/unit/fixtures.ts';
import { listedUnder, relatedByHeading, relatedEvents } from './related-events.ts';

const linked = (id: string, start: string, links: EventLink[] = []): TimelineEvent =>
  makeEvent(start, { id, links });

const summit = linked('summit', '2018-07-16', [
  { to: 'denial', kind: 'led-to', note: 'He sided with Putin.' },
  { to: 'g20', kind: 'response-to' },
]);
const denial = linked('denial', '2018-07-17', [{ to: 'summit', kind: 'response-to' }]);
const g20 = linked('g20', '2017-07-07');
const bounties = linked('bounties', '2020-07-01', [{ to: 'summit', kind: 'see-also' }]);
const cyber = linked('cyber', '2017-07-08', [{ to: 'g20', kind: 'led-to' }]);
const events = [g20, cyber, summit, denial, bounties];

const view = (event: TimelineEvent) =>
  relatedEvents(event, events).map((r) => [r.event.id, r.kind, r.direction, listedUnder(r)]);

describe('relatedEvents', () => {
  it('lists an event’s own links in their order, then the links to it in time order', () => {
    expect(view(summit)).toEqual([
      ['denial', 'led-to', 'to', 'led-to'],
      ['g20', 'response-to', 'to', 'response-to'],
      ['bounties', 'see-also', 'from', 'see-also'],
    ]);
    expect(view(g20)).toEqual([
      ['cyber', 'led-to', 'from', 'see-also'],
      ['summit', 'response-to', 'from', 'see-also'],
    ]);
  });

  it('lists an event linked both ways once, by its own link', () => {
    expect(view(denial)).toEqual([['summit', 'response-to', 'to', 'response-to']]);
  });

  it('keeps the note of the link, whichever event makes it', () => {
    const notes = (event: TimelineEvent) => relatedEvents(event, events).map((r) => r.note);
    expect(notes(summit)).toEqual(['He sided with Putin.', undefined, undefined]);
    expect(relatedEvents(linked('lone', '2019-01-01'), events)).toEqual([]);
  });
});

describe('relatedByHeading', () => {
  it('puts each under its heading, in the order Led to, In response to, See also', () => {
    const sections = relatedByHeading(relatedEvents(summit, events));
    expect(sections.map((s) => [s.kind, s.events.map((r) => r.event.id)])).toEqual([
      ['led-to', ['denial']],
      ['response-to', ['g20']],
      ['see-also', ['bounties']],
    ]);
    expect(relatedByHeading(relatedEvents(g20, events)).map((s) => s.kind)).toEqual(['see-also']);
  });
});
