import { useId, useRef, useState } from 'react';
import {
  changesDay,
  selectChanges,
  selectChangesFrom,
  selectDataset,
  selectDatesChanges,
  useTimelineStore,
} from '../state/store.ts';
import { countChanges } from '../state/changes.ts';
import { isIsoDay } from '../state/url.ts';
import { forgetLastVisit } from '../state/visit-memory.ts';
import { localDay } from '../state/local-day.ts';
import { formatIsoForReaders } from '../data/partial-date.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { changeDayForReaders } from './change-day.ts';

/**
 * "Show changes since…": a day to mark what changed since, which the address keeps (`?since=`)
 * so that a link shows the same to anyone. It takes the place of the reader's last visit. Only a
 * timeline that dates its changes offers it (or one a link asks it of). It sits with what the
 * page says about the timeline, not in the filter bar: a phone's first screen has no room left.
 */
export function SinceControl() {
  const offered = useTimelineStore((s) => selectDatesChanges(s) || s.since !== null);
  const since = useTimelineStore((s) => s.since);
  const setSince = useTimelineStore((s) => s.setSince);
  // The dataset's own date of change, where the source's (in the line above it) does not say it.
  const updated = useTimelineStore((s) => {
    const dataset = selectDataset(s);
    return dataset?.updated === dataset?.source?.updated ? undefined : dataset?.updated;
  });
  const id = useId();
  const hintId = useId();
  if (!offered) return null;
  return (
    <div className="since-control">
      <label htmlFor={id}>{t().showChangesSince}</label>
      <div className="since-control__row">
        <input
          id={id}
          type="date"
          value={since ?? ''}
          aria-describedby={updated === undefined ? undefined : hintId}
          onChange={(event) => {
            const day = event.target.value;
            // A date input gives a whole day or nothing: half-typed dates never reach here. A day
            // being typed over reads as nothing too (badInput) until it is whole again: only an
            // emptied field clears the day, and with it What's new.
            if (day === '') {
              if (!event.target.validity.badInput) setSince(null);
            } else if (isIsoDay(day)) setSince(day);
          }}
        />
        {since !== null && <ClearSince />}
      </div>
      {updated !== undefined && (
        <p id={hintId} className="since-control__hint">
          {t().timelineUpdated(formatIsoForReaders(updated))}
        </p>
      )}
      <ForgetVisit />
    </div>
  );
}

/**
 * This browser keeps the day of every visit, a first one included, but the changes line offers
 * to forget it only when it shows changes since it. Here the reader can forget it at any time;
 * it gives way to the changes line's own button, so that the page has one at a time.
 */
function ForgetVisit() {
  const hydrated = useHydrated();
  const summaryOffers = useTimelineStore((s) => s.lastVisit !== null);
  const [forgotten, setForgotten] = useState(false);
  if (!hydrated || summaryOffers) return null;
  return (
    <div className="since-control__forget">
      <ForgetVisitButton onForgotten={() => setForgotten(true)} />
      <p role="status">{forgotten ? t().lastVisitForgotten : ''}</p>
    </div>
  );
}

/** Forgets the visit this browser keeps; the place it was in then says so. */
function ForgetVisitButton({ onForgotten }: { onForgotten: () => void }) {
  return (
    <button
      type="button"
      onClick={() => {
        forgetLastVisit(useTimelineStore);
        onForgotten();
      }}
    >
      {t().forgetLastVisit}
    </button>
  );
}

/** Stops showing the changes since a link's day (the last visit, if any, counts again). */
function ClearSince() {
  const setSince = useTimelineStore((s) => s.setSince);
  return (
    <button type="button" onClick={() => setSince(null)}>
      {t().clearChangesSince}
    </button>
  );
}

/**
 * "3 new, 1 updated since your last visit, December 1", the What's new filter, and a way to
 * forget the visit. Only the reader's own browser knows their last visit: the page built ahead
 * of time shows none of it, and neither does a first visit.
 */
export function ChangesSummary() {
  const hydrated = useHydrated();
  const changes = useTimelineStore(selectChanges);
  const from = useTimelineStore(selectChangesFrom);
  const day = useTimelineStore(changesDay);
  const remembered = useTimelineStore((s) => s.lastVisit !== null);
  const whatsNew = useTimelineStore((s) => s.whatsNew);
  const toggleWhatsNew = useTimelineStore((s) => s.toggleWhatsNew);
  const [forgotten, setForgotten] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  if (!hydrated || (!forgotten && (changes === null || day === null || from === null))) {
    return null;
  }
  const counts = changes ? countChanges(changes) : null;
  const summary =
    counts && day !== null && from !== null
      ? `${t().changesSummary(counts.added, counts.updated, changeDayForReaders(day, localDay(new Date())), from)}.`
      : '';
  const count = changes?.size ?? 0;

  return (
    <div className="filters__changes">
      <p ref={statusRef} role="status" tabIndex={-1}>
        {[summary, forgotten ? t().lastVisitForgotten : ''].filter(Boolean).join(' ')}
      </p>
      {changes && (
        <button
          type="button"
          className="whats-new"
          aria-pressed={whatsNew}
          disabled={count === 0 && !whatsNew}
          onClick={toggleWhatsNew}
        >
          {t().whatsNew} <span className="whats-new__count">{formatNumber(count)}</span>{' '}
          <span className="visually-hidden">{t().eventNoun(count)}</span>
        </button>
      )}
      {/* The day of a link can be left here too: with an event open, the control is not in sight. */}
      {from === 'link' && <ClearSince />}
      {remembered && (
        <ForgetVisitButton
          onForgotten={() => {
            setForgotten(true);
            // The button goes: the reader lands on the sentence that says it is done.
            statusRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
