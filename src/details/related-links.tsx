import { useShallow } from 'zustand/react/shallow';
import type { TimelineEvent } from '../data/schema.ts';
import { previewTitle } from '../lib/display-text.ts';
import { selectAllEvents, useTimelineStore } from '../state/store.ts';
import { relatedByHeading, relatedEvents } from '../state/related-events.ts';
import { linkedEventHref } from '../state/url-sync.ts';
import { linkHeading } from '../ui/link-heading.ts';
import { focusDetailsTitle } from './focus-details.ts';

/**
 * The events this one is linked with, under "Led to", "In response to" and "See also": each a
 * link that opens the other event as any selection does (a history entry of its own, so Back
 * returns here), with the link's note under it. A link made by the other event is listed under
 * "See also" (see related-events.ts).
 */
export function RelatedLinks({ event }: { event: TimelineEvent }) {
  const events = useTimelineStore(selectAllEvents);
  const select = useTimelineStore((s) => s.select);
  const view = useTimelineStore(
    useShallow((s) => ({
      origin: s.origin,
      topics: s.activeTopics,
      q: s.query,
      group: s.groupBy,
    })),
  );
  const sections = relatedByHeading(relatedEvents(event, events));
  if (!sections.length) return null;

  return (
    <div className="details__links">
      {sections.map(({ kind, events: related }) => {
        const headingId = `details-links-${kind}`;
        return (
          <section key={kind} className="details__link-section">
            <h3 id={headingId} className="details__link-heading">
              {linkHeading(kind)}
            </h3>
            <ul aria-labelledby={headingId}>
              {related.map(({ event: other, note }) => (
                <li key={other.id}>
                  <a
                    href={linkedEventHref(other.id, view)}
                    onClick={(click) => {
                      if (click.metaKey || click.ctrlKey || click.shiftKey || click.button !== 0) {
                        return;
                      }
                      click.preventDefault();
                      select(other.id);
                      // The link goes with the event it was listed in: the reader goes on from the
                      // title of the one it opened.
                      focusDetailsTitle();
                    }}
                  >
                    <bdi>{previewTitle(other.title)}</bdi>
                  </a>
                  <span className="details__link-date">
                    , <bdi>{other.date.label}</bdi>
                  </span>
                  {note && (
                    <p className="details__link-note" dir="auto">
                      {note}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
