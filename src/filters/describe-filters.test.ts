import { describe, expect, it } from 'vitest';
import { describeFilters } from './describe-filters.ts';

const TOPICS = [
  { id: 'sanctions', label: 'Sanctions', color: '#b42318' },
  { id: 'nato', label: 'NATO', color: '#0f766e' },
  { id: 'syria', label: 'Syria', color: '#9a3412' },
  { id: 'rtl', label: 'سوريا\u202e', color: '#9a3412' },
];

describe('describeFilters', () => {
  it.each([
    ['no filter', [], '', 27, 27, 'All 27 events, no filters.'],
    ['a single event, no filter', [], '  ', 1, 1, 'All 1 event, no filters.'],
    ['one topic', ['nato'], '', 1, 27, '1 of 27 events, in the topic NATO.'],
    [
      'topics, in the order pressed',
      ['syria', 'sanctions', 'nato'],
      '',
      9,
      27,
      '9 of 27 events, in the topics Syria, Sanctions or NATO.',
    ],
    [
      'a search, trimmed',
      [],
      ' putin ',
      12,
      1200,
      '12 of 1,200 events, matching the search “putin”.',
    ],
    [
      'both, and a topic the data lacks by its id',
      ['sanctions', 'gone'],
      'oil',
      0,
      27,
      '0 of 27 events, in the topics Sanctions or gone, matching the search “oil”.',
    ],
    [
      'a right-to-left label and search, isolated from the sentence around them',
      ['rtl', 'nato'],
      'نفط\u202e',
      2,
      27,
      '2 of 27 events, in the topics \u2068سوريا\u202e\u2069 or NATO, matching the search “\u2068نفط\u202e\u2069”.',
    ],
  ])('%s', (_, active, query, shown, total, expected) => {
    expect(describeFilters(TOPICS, active, query, shown, total)).toBe(expected);
  });
});

describe("describeFilters with What's new", () => {
  it.each([
    ['alone', [], '', '3 of 27 events, new or updated since July 1, 2020.'],
    [
      'with a topic and a search',
      ['nato'],
      'putin',
      '3 of 27 events, in the topic NATO, matching the search “putin”, new or updated since July 1, 2020.',
    ],
  ])('%s', (_, active, query, expected) => {
    expect(describeFilters(TOPICS, active, query, 3, 27, '2020-07-01')).toBe(expected);
  });
});
