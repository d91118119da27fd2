/**
 * When events were added to a timeline or last changed: `added`, `updated` and `changeNote` on an
 * event, `updated` on the dataset. They are read each on its own, after the schema: a change date
 * that cannot be read is a listed problem, and its event still shows without it, since a typo in
 * the record of an edit must not hide what the edit was about.
 */
import * as v from 'valibot';
import { isolate, quote, shorten } from '../lib/display-text.ts';
import { endOf, parsePartialDate, startOf, type PartialDate } from './partial-date.ts';
import { failed, type Result } from './result.ts';

/**
 * A day, or a month or a year where that is all the record says: changes are dated as precisely
 * as they are known, like the events themselves. Never before year 1: nothing was published then.
 */
const CHANGE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const ChangeDateSchema = v.pipe(
  v.string(),
  v.regex(
    CHANGE_DATE,
    (issue) =>
      `${quote(String(issue.input))} is not a date of change the timeline reads: write it as YYYY-MM-DD (or YYYY-MM, YYYY where only the month or year is known), such as 2020-07-30`,
  ),
);

const ChangeNoteSchema = v.string();

/** An event's record of its changes, as the store wrote it. */
export interface EventChanges {
  /** When the event joined the timeline. */
  added?: string;
  /** When it was last changed. */
  updated?: string;
  /** What changed, in the author's words: "Updated with the Axios interview". */
  changeNote?: string;
}

export interface ChangeProblem {
  field: string;
  message: string;
}

type ChangeField = keyof EventChanges;
const CHANGE_FIELDS: readonly ChangeField[] = ['added', 'updated', 'changeNote'];

/** A change date read (as written, and as a date), or what is wrong with it, in words an author can act on. */
export function readChangeDate(
  value: unknown,
): Result<{ text: string; date: PartialDate }, string> {
  const parsed = v.safeParse(ChangeDateSchema, value, { abortPipeEarly: true });
  if (!parsed.success) {
    return failed(
      typeof value === 'string'
        ? parsed.issues[0].message
        : `must be a date written as text, such as "2020-07-30", not ${isolate(shorten(JSON.stringify(value) ?? String(value), 60))}`,
    );
  }
  const read = parsePartialDate(parsed.output);
  return read.kind === 'ok'
    ? { kind: 'ok', text: parsed.output, date: read.date }
    : failed(`${quote(parsed.output)} is not a day of the calendar`);
}

/**
 * The change fields of an event, those that can be read; each that cannot is a problem that
 * names it, and is left out. An `updated` before `added` is left out too: one of the two is wrong,
 * and the later one is the one that could make an old event look new.
 */
export function readEventChanges(fields: { [K in ChangeField]?: unknown }): {
  changes: EventChanges;
  problems: ChangeProblem[];
} {
  const changes: EventChanges = {};
  const problems: ChangeProblem[] = [];
  const dates: Partial<Record<'added' | 'updated', PartialDate>> = {};
  for (const field of CHANGE_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    if (field === 'changeNote') {
      const note = v.safeParse(ChangeNoteSchema, value);
      if (note.success) changes.changeNote = note.output;
      else problems.push({ field, message: 'must be text, so it was left out' });
      continue;
    }
    const read = readChangeDate(value);
    if (read.kind === 'failed') {
      problems.push({ field, message: `${read.reason}, so it was left out` });
      continue;
    }
    dates[field] = read.date;
    changes[field] = read.text;
  }
  if (dates.added && dates.updated && endOf(dates.updated) <= startOf(dates.added)) {
    problems.push({
      field: 'updated',
      message: `"${changes.updated ?? ''}" is before the event was added, "${changes.added ?? ''}", so it was left out`,
    });
    delete changes.updated;
  }
  return { changes, problems };
}

/** The dataset's own `updated`, or the problem that keeps it out. */
export function readDatasetUpdated(value: unknown): {
  updated: string | undefined;
  problem: string | null;
} {
  if (value === undefined) return { updated: undefined, problem: null };
  const read = readChangeDate(value);
  return read.kind === 'ok'
    ? { updated: read.text, problem: null }
    : { updated: undefined, problem: `${read.reason}, so it was left out` };
}
