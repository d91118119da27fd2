import { type ProblemReason, type ProblemRecord } from './problem.ts';
import { describe, expect, it } from 'vitest';
import { linksThatLead } from './event-links.ts';
import { parseDataset, type EventLink } from './schema.ts';

const topics = [{ id: 'nato', label: 'NATO', color: '#0f766e' }];
const event = (id: string, links?: unknown) => ({
  id,
  title: `Event ${id}`,
  date: { precision: 'day', start: '2018-07-16' },
  topics: ['nato'],
  ...(links !== undefined && { links }),
});
const load = (...events: unknown[]) => {
  const result = parseDataset({ version: 1, title: 'Links', topics, events });
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason.problems));
  return result;
};
const linksOf = (result: ReturnType<typeof load>, id: string) =>
  result.dataset.events.find((e) => e.id === id)?.links;

describe('an event’s links', () => {
  it('reads each kind, with its note, to events before and after it in the store', () => {
    const result = load(
      event('summit', [
        { to: 'denial', kind: 'led-to', note: 'He sided with Putin.' },
        { to: 'sanctions', kind: 'response-to' },
      ]),
      event('sanctions'),
      event('denial', [{ to: 'summit', kind: 'see-also' }]),
    );
    expect(result.problems).toEqual([]);
    expect(linksOf(result, 'summit')).toEqual([
      { to: 'denial', kind: 'led-to', note: 'He sided with Putin.' },
      { to: 'sanctions', kind: 'response-to' },
    ]);
    expect(linksOf(result, 'denial')).toEqual([{ to: 'summit', kind: 'see-also' }]);
    expect(linksOf(result, 'sanctions')).toEqual([]);
  });

  const eventA: ProblemRecord = { kind: 'event', number: 1, id: 'a' };
  const summit: ProblemRecord = { kind: 'event', number: 1, id: 'summit' };

  it.each<[string, unknown, string, ProblemReason]>([
    [
      'a kind it does not know',
      { to: 'b', kind: 'caused' },
      'links.0.kind',
      { code: 'link-left-out', because: { code: 'not-a-link-kind' } },
    ],
    [
      'no target',
      { kind: 'led-to' },
      'links.0.to',
      { code: 'link-left-out', because: { code: 'missing' } },
    ],
    [
      'a target that is not an id',
      { to: 'The summit', kind: 'led-to' },
      'links.0.to',
      { code: 'link-left-out', because: { code: 'not-a-slug' } },
    ],
    [
      'an empty note',
      { to: 'b', kind: 'see-also', note: ' ' },
      'links.0.note',
      { code: 'link-left-out', because: { code: 'empty' } },
    ],
    [
      'something else than a link',
      'b',
      'links.0',
      { code: 'link-left-out', because: { code: 'not-a-link-object' } },
    ],
  ])('leaves out a link with %s, and says so, while the event shows', (_, link, field, reason) => {
    const result = load(event('a', [link, { to: 'b', kind: 'see-also' }]), event('b'));
    expect(result.problems).toEqual([{ record: eventA, field, reason }]);
    expect(linksOf(result, 'a')).toEqual([{ to: 'b', kind: 'see-also' }]);
  });

  it('reads no links from something else than a list, and says so', () => {
    const result = load(event('a', { to: 'b', kind: 'see-also' }), event('b'));
    expect(result.problems).toEqual([
      {
        record: eventA,
        field: 'links',
        reason: { code: 'links-not-a-list' },
      },
    ]);
    expect(linksOf(result, 'a')).toEqual([]);
  });

  it('lists a link to a missing id, or to its own event, naming the event and the id', () => {
    const result = load(
      event('summit', [
        { to: 'helsinki-2018', kind: 'led-to' },
        { to: 'summit', kind: 'see-also' },
        { to: 'denial', kind: 'led-to' },
      ]),
      event('denial'),
    );
    expect(result.problems).toEqual([
      {
        record: summit,
        field: 'links',
        reason: { code: 'link-to-missing-event', to: 'helsinki-2018' },
      },
      {
        record: summit,
        field: 'links',
        reason: { code: 'link-to-itself' },
      },
    ]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['denial', 'summit']);
    expect(linksOf(result, 'summit')).toEqual([{ to: 'denial', kind: 'led-to' }]);
  });

  it('counts a link to an event that was skipped as a link to a missing one', () => {
    const result = load(event('a', [{ to: 'b', kind: 'led-to' }]), { ...event('b'), title: '' });
    expect(result.skipped).toBe(1);
    expect(result.problems.map((p) => [p.record, p.field])).toEqual([
      [{ kind: 'event', number: 2, id: 'b' }, 'title'],
      [eventA, 'links'],
    ]);
    expect(linksOf(result, 'a')).toEqual([]);
  });
});

describe('linksThatLead', () => {
  const has = (id: string) => ['a', 'b', 'c'].includes(id);
  const link = (to: string, kind: EventLink['kind'] = 'see-also'): EventLink => ({ to, kind });

  it('keeps the very list when every link leads somewhere', () => {
    const links = [link('b'), link('c', 'led-to'), link('b', 'led-to')];
    expect(linksThatLead('a', links, has)).toEqual({ links, problems: [] });
    expect(linksThatLead('a', links, has).links).toBe(links);
  });

  it.each<[string, EventLink[], EventLink[], ProblemReason]>([
    [
      'a missing id',
      [link('x'), link('b')],
      [link('b')],
      { code: 'link-to-missing-event', to: 'x' },
    ],
    ['its own id', [link('a')], [], { code: 'link-to-itself' }],
    [
      'the same link twice',
      [link('b'), link('b')],
      [link('b')],
      { code: 'link-given-twice', to: 'b', kind: 'see-also' },
    ],
  ])('leaves out %s', (_, links, kept, reason) => {
    expect(linksThatLead('a', links, has)).toEqual({
      links: kept,
      problems: [{ field: 'links', reason }],
    });
  });
});
