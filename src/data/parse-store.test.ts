import { describe, expect, it } from 'vitest';
import { csvColumnOf } from './parse-csv.ts';
import { parseJsonText } from './parse-json.ts';
import type { LoadFailure } from './load-failure.ts';

const loadFailureProblemsOf = (reason: LoadFailure) =>
  reason.code === 'not-a-timeline' ? reason.problems : [];

const failure = (text: string) => {
  const result = parseJsonText(text, 'x.json');
  return result.kind === 'failed' ? result.reason : null;
};

describe('parseJsonText', () => {
  it('says a cut-off file ends too early', () => {
    expect(failure('{"version": 1, "title": "A", "events": [')).toEqual({
      code: 'json-cut-off',
      name: 'x.json',
    });
    expect(failure('{"version": 1, "title": "A')).toEqual({ code: 'json-cut-off', name: 'x.json' });
  });

  it('names the line and column of a syntax mistake', () => {
    expect(failure('{\n  "version": 1\n  "title": "A"\n}')).toEqual({
      code: 'json-mistake',
      name: 'x.json',
      line: 3,
      column: 3,
    });
  });

  it('lists what is wrong when the file is JSON but not a timeline', () => {
    const result = parseJsonText('[{"id": "a"}]', 'x.json');
    expect(result).toEqual({
      kind: 'failed',
      reason: {
        code: 'not-a-timeline',
        name: 'x.json',
        problems: [
          {
            record: { kind: 'dataset' },
            field: '(file)',
            reason: { code: 'timeline-is-list' },
          },
        ],
      },
    });
    const missing = parseJsonText('{"version": 1, "topics": [], "events": []}', 'x.json');
    expect(missing.kind === 'failed' && loadFailureProblemsOf(missing.reason)).toContainEqual({
      record: { kind: 'dataset' },
      field: 'title',
      reason: { code: 'missing' },
    });
  });
});

describe('csvColumnOf', () => {
  it('names the spreadsheet column a schema path lives in', () => {
    expect(csvColumnOf('date.start')).toBe('start');
    expect(csvColumnOf('date.label')).toBe('date_label');
    expect(csvColumnOf('dateNote')).toBe('date_note');
    expect(csvColumnOf('quotes.1.text')).toBe('quotes');
    expect(csvColumnOf('quotes.0.speaker')).toBe('quote_speakers');
    expect(csvColumnOf('sources.2.url')).toBe('source_urls');
    expect(csvColumnOf('source.url')).toBe('source_url');
    expect(csvColumnOf('people.3')).toBe('people');
    expect(csvColumnOf('title')).toBe('title');
    expect(csvColumnOf('label')).toBe('title');
    expect(csvColumnOf('links')).toBe('links');
    expect(csvColumnOf('links.1.kind')).toBe('links');
    expect(csvColumnOf('links.0.note')).toBe('link_notes');
  });
});
