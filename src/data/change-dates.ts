/**
 * When events were added to a timeline or last changed: `added`, `updated` and `changeNote` on an
 * event, `updated` on the dataset. They are read each on its own, after the schema: a change date
 * that cannot be read is a listed problem, and its event still shows without it, since a typo in
 * the record of an edit must not hide what the edit was about.
 */
import * as v from 'valibot';
import { endOf, parsePartialDate, startOf, type PartialDate } from './partial-date.ts';
import type { ProblemReason } from './problem.ts';
import { failed, type Result } from './result.ts';

/**
 * A day, or a month or a year where that is all the record says: changes are dated as precisely
 * as they are known, like the events themselves. Never before year 1: nothing was published then.
 */
const CHANGE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The shape a change date is written in, for the store's published JSON Schema. */
export const ChangeDateSchema = v.pipe(v.string(), v.regex(CHANGE_DATE));

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
  reason: ProblemReason;
}

/** Why a change date cannot be read, with the value as written. */
export type ChangeDateProblem = Extract<
  ProblemReason,
  { code: 'not-a-change-date' | 'change-date-not-text' | 'change-date-not-a-day' }
>;

type ChangeField = keyof EventChanges;
const CHANGE_FIELDS: readonly ChangeField[] = ['added', 'updated', 'changeNote'];

/** A change date read (as written, and as a date), or what is wrong with it. */
export function readChangeDate(
  value: unknown,
): Result<{ text: string; date: PartialDate }, ChangeDateProblem> {
  if (typeof value !== 'string') {
    return failed({
      code: 'change-date-not-text',
      received: JSON.stringify(value) ?? String(value),
    });
  }
  if (!CHANGE_DATE.test(value)) return failed({ code: 'not-a-change-date', text: value });
  const read = parsePartialDate(value);
  return read.kind === 'ok'
    ? { kind: 'ok', text: value, date: read.date }
    : failed({ code: 'change-date-not-a-day', text: value });
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
      else problems.push({ field, reason: { code: 'left-out', because: { code: 'not-text' } } });
      continue;
    }
    const read = readChangeDate(value);
    if (read.kind === 'failed') {
      problems.push({ field, reason: { code: 'left-out', because: read.reason } });
      continue;
    }
    dates[field] = read.date;
    changes[field] = read.text;
  }
  if (dates.added && dates.updated && endOf(dates.updated) <= startOf(dates.added)) {
    problems.push({
      field: 'updated',
      reason: {
        code: 'updated-before-added',
        updated: changes.updated ?? '',
        added: changes.added ?? '',
      },
    });
    delete changes.updated;
  }
  return { changes, problems };
}

/** The dataset's own `updated`, or the problem that keeps it out. */
export function readDatasetUpdated(value: unknown): {
  updated: string | undefined;
  problem: ProblemReason | null;
} {
  if (value === undefined) return { updated: undefined, problem: null };
  const read = readChangeDate(value);
  return read.kind === 'ok'
    ? { updated: read.text, problem: null }
    : { updated: undefined, problem: { code: 'left-out', because: read.reason } };
}
