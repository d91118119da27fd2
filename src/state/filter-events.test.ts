import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/unit/fixtures.ts';
import { countByTopic, filterEvents, foldText } from './filter-events.ts';

const events = [
  makeEvent('2017-05-01', { id: 'nato', title: 'NATO summit', topics: ['nato'] }),
  makeEvent('2018-03-01', {
    id: 'election',
    title: 'Congratulated Putin',
    summary: 'Putin’s reelection with 77% of the vote',
    topics: ['praise', 'elections'],
  }),
  makeEvent('2019-10-01', { id: 'syria', title: 'Syria withdrawal', topics: ['syria'] }),
  makeEvent('2019-05-13', { id: 'orban', title: 'Met Viktor Orbán', topics: ['diplomacy'] }),
];
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('filterEvents', () => {
  it.each<[string, string[], string, string[]]>([
    ['no filter shows all', [], '', ['nato', 'election', 'syria', 'orban']],
    ['one topic', ['nato'], '', ['nato']],
    ['any of several topics', ['nato', 'syria'], '', ['nato', 'syria']],
    ['a topic nobody has', ['ukraine'], '', []],
    ['search in the title', [], 'summit', ['nato']],
    ['search in the summary', [], '77%', ['election']],
    ['search ignores case', [], 'SYRIA', ['syria']],
    ['search ignores accents', [], 'orban', ['orban']],
    ['a straight apostrophe finds a curly one', [], "putin's", ['election']],
    ['every word must match', [], 'putin syria', []],
    ['topic and search together', ['praise', 'syria'], 'withdrawal', ['syria']],
    ['blank search is no search', [], '   ', ['nato', 'election', 'syria', 'orban']],
  ])('%s', (_, topics, query, expected) => {
    expect(ids(filterEvents(events, topics, query))).toEqual(expected);
  });
});

describe("filterEvents with What's new", () => {
  const changes = new Map([
    ['election', 'new' as const],
    ['orban', 'updated' as const],
  ]);
  it.each<[string, string[], string, string[]]>([
    ['alone: the new and the updated', [], '', ['election', 'orban']],
    ['with a topic', ['diplomacy', 'nato'], '', ['orban']],
    ['with a search', [], 'putin', ['election']],
    ['with a topic the changes lack', ['syria'], '', []],
  ])('%s', (_, topics, query, expected) => {
    expect(ids(filterEvents(events, topics, query, changes))).toEqual(expected);
  });

  it('counts per topic only the changed events', () => {
    expect(Object.fromEntries(countByTopic(events, '', changes))).toEqual({
      praise: 1,
      elections: 1,
      diplomacy: 1,
    });
  });
});

describe('countByTopic', () => {
  it('counts events per topic among those matching the search', () => {
    expect(Object.fromEntries(countByTopic(events, ''))).toEqual({
      nato: 1,
      praise: 1,
      elections: 1,
      syria: 1,
      diplomacy: 1,
    });
    expect(Object.fromEntries(countByTopic(events, 'putin'))).toEqual({ praise: 1, elections: 1 });
  });
});

describe('foldText', () => {
  it('folds case, accents and quotes', () => {
    expect(foldText('Orbán’s “Test”')).toBe('orban\'s "test"');
  });
});

describe('filterEvents with many topics', () => {
  it('gives the same answer past 32 topics, where bit masks run out', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      makeEvent('2017-01-01', { id: `t${i}`, topics: [`topic-${i}`, i % 2 ? 'odd' : 'even'] }),
    );
    expect(ids(filterEvents(many, ['topic-35', 'topic-3'], ''))).toEqual(['t3', 't35']);
    expect(filterEvents(many, ['odd'], '')).toHaveLength(20);
  });
});
