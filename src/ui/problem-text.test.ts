import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.ts';
import type { Problem, ProblemReason } from '../data/problem.ts';
import { problemLine, problemReasonText, problemRecordText } from './problem-text.ts';

afterEach(() => setLocale('en'));

describe('problemReasonText', () => {
  // The sentences as the problem list has always said them: docs and browser tests quote them.
  it.each<[ProblemReason, string]>([
    [{ code: 'missing' }, 'is missing'],
    [{ code: 'wrong-type', wanted: 'string', received: '37' }, 'must be text, not 37'],
    [{ code: 'wrong-type', wanted: 'Array', received: '"nato"' }, 'must be a list, not "nato"'],
    [{ code: 'wrong-type', wanted: 'string', received: 'Array' }, 'must be text, not a list'],
    [{ code: 'too-long', max: 100 }, 'must be at most 100 characters long'],
    [{ code: 'not-a-slug' }, 'must be lowercase letters, digits and single hyphens'],
    [
      { code: 'not-a-partial-date', text: '1/20/2017' },
      '“1/20/2017” is not a date the timeline reads: write it as YYYY-MM-DD, YYYY-MM or YYYY (such as 2017-01-20, or -0043-03-15 for March 15, 44 BC)',
    ],
    [{ code: 'not-a-precision' }, 'must be one of day, month, season, year, span'],
    [
      { code: 'timeline-is-list' },
      'must be a timeline: an object with version, title, topics and events, not a list',
    ],
    [
      { code: 'undeclared-topics', topics: ['mars', 'venus'] },
      'names undeclared topic "mars", "venus"',
    ],
    [{ code: 'id-used-before', id: 'first-summit' }, '"first-summit" is used by an earlier event'],
    [
      { code: 'undeclared-group', group: 'lords' },
      'names undeclared group "lords", so the event shows outside any group',
    ],
    [{ code: 'unknown-start' }, 'must be "latest" (to open at the newest event) or be left out'],
    [
      { code: 'ends-before-start', start: '2020', end: '2019' },
      '"2019" is before the start, "2020"',
    ],
    [
      { code: 'link-left-out', because: { code: 'not-a-link-kind' } },
      'must be one of led-to, response-to, see-also, so the link was left out',
    ],
    [{ code: 'links-not-a-list' }, 'must be a list of links, so none was read'],
    [{ code: 'unknown-column' }, 'is not a column the timeline reads, so it was left out'],
    [
      { code: 'unknown-row-type', type: 'headline' },
      '“headline” is not a row type: write event (or leave it blank), topic, group, era or timeline',
    ],
    [
      { code: 'not-a-link-cell', text: 'helsinki-2018' },
      '“helsinki-2018” is not a link: write the kind, a colon and the event’s id, such as see-also:g20-2017, so it was left out',
    ],
    [
      { code: 'colour-left-out', color: 'blue' },
      '“blue” is not a colour like #1d4ed8, so it was left out',
    ],
    [
      { code: 'colour-chosen', color: 'red' },
      '“red” is not a colour like #1d4ed8, so one was chosen',
    ],
    [{ code: 'topic-needs-title' }, 'a topic needs a title'],
    [{ code: 'worded', text: 'is not shown' }, 'is not shown'],
  ])('words %j in English', (reason, sentence) => {
    expect(problemReasonText(reason)).toBe(sentence);
  });

  it('words a reason in Spanish for a Spanish reader', () => {
    setLocale('es');
    expect(problemReasonText({ code: 'link-left-out', because: { code: 'missing' } })).toBe(
      'falta, así que el enlace se omitió',
    );
    expect(problemReasonText({ code: 'undeclared-topics', topics: ['mars'] })).toBe(
      'nombra un tema no declarado: «mars»',
    );
  });
});

describe('problemRecordText', () => {
  it('names a record as the author’s file counts it, its id shortened and isolated', () => {
    expect(problemRecordText({ kind: 'event', number: 1, id: `${'x'.repeat(5000)}\u202e` })).toBe(
      `event 1 "${'x'.repeat(79)}…"`,
    );
    expect(problemRecordText({ kind: 'event', number: 1, id: 'Bad\u202e' })).toBe(
      'event 1 "\u2068Bad\u202e\u2069"',
    );
    expect(problemRecordText({ kind: 'row', number: 3, label: 'y'.repeat(70) })).toBe(
      `row 3 "${'y'.repeat(59)}…"`,
    );
    expect(problemRecordText({ kind: 'column-names' })).toBe('row 1 (the column names)');
    expect(problemRecordText({ kind: 'topic', id: 'nato' })).toBe('topic "nato"');
    expect(problemRecordText({ kind: 'title-slide' })).toBe('title slide');
  });

  it('names a record in Spanish for a Spanish reader', () => {
    setLocale('es');
    expect(problemRecordText({ kind: 'slide', number: 2, label: 'Summit' })).toBe(
      'diapositiva 2 «Summit»',
    );
    expect(problemRecordText({ kind: 'dataset' })).toBe('conjunto de datos');
  });
});

describe('problemLine', () => {
  it('says the record, the field and the reason in one line', () => {
    const problem: Problem = {
      record: { kind: 'row', number: 4, id: 'g7' },
      field: 'start',
      reason: { code: 'missing' },
    };
    expect(problemLine(problem)).toBe('row 4 "g7", start: is missing');
  });
});
