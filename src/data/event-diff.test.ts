import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/unit/fixtures.ts';
import { diffEvents, isEmptyDiff, sameData } from './event-diff.ts';

describe('diffEvents', () => {
  const summit = makeEvent('2018-07-16', { id: 'summit', title: 'Helsinki summit' });
  const sanctions = makeEvent('2018-08-02', { id: 'sanctions', title: 'Sanctions' });
  const g7 = makeEvent('2018-06-08', { id: 'g7', title: 'G7' });

  it('finds the added, changed and removed events by id, in time order', () => {
    const retitled = { ...sanctions, title: 'Sanctions signed' };
    const later = makeEvent('2019-01-01', { id: 'later' });
    const earlier = makeEvent('2017-01-01', { id: 'earlier' });
    expect(diffEvents([g7, summit, sanctions], [earlier, summit, retitled, later])).toEqual({
      added: ['earlier', 'later'],
      changed: ['sanctions'],
      removed: ['g7'],
    });
  });

  it('takes a copy with the same content for the same event', () => {
    const copies = [g7, summit].map((event) => structuredClone(event));
    const diff = diffEvents([g7, summit], copies);
    expect(diff).toEqual({ added: [], changed: [], removed: [] });
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('sees a change deep inside an event: a date, a quote, a picture', () => {
    const moved = { ...summit, date: { ...summit.date, start: summit.date.start + 1 } };
    const quoted = { ...summit, quotes: [{ text: 'I don’t see any reason why it would be' }] };
    const pictured = {
      ...summit,
      media: [
        {
          kind: 'image' as const,
          url: 'a.jpg',
          alt: 'The two leaders',
          caption: '',
          credit: '',
          thumbnail: undefined,
          link: undefined,
        },
      ],
    };
    for (const changed of [moved, quoted, pictured]) {
      expect(diffEvents([summit], [changed]).changed).toEqual(['summit']);
    }
  });
});

describe('sameData', () => {
  it.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [{ a: 1 }, { a: 2 }, false],
    [[1, 2], [1, 2, 3], false],
    [[1], { 0: 1 }, false],
    [new Map([['x', { y: 1 }]]), new Map([['x', { y: 1 }]]), true],
    [new Map([['x', 1]]), new Map([['x', 2]]), false],
    [Number.NaN, Number.NaN, true],
    [null, {}, false],
    ['1', 1, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameData(a, b)).toBe(same);
  });
});
