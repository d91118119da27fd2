import type { ReactNode } from 'react';
import { selectDataset, selectShownEvents, useTimelineStore } from '../state/store.ts';
import { SourceLine } from './source-line.tsx';
import { focusDetailsTitle } from './focus-details.ts';
import { t } from '../i18n/messages.ts';
import { MediaFigure } from '../ui/media-figure.tsx';
import { storeAddressOnPage } from '../data/store-address.ts';

/**
 * What the details column holds before any event is open: what the timeline is, where it comes
 * from, and a way in. It takes the column's room from the start, so that opening an event later
 * changes what the column says, never the width of the timeline beside it. `tools` are the app's
 * own controls about the timeline as a whole (Show changes since…), after the way in.
 */
export function IntroCard({ tools }: { tools?: ReactNode }) {
  const dataset = useTimelineStore(selectDataset);
  const first = useTimelineStore((s) => selectShownEvents(s)[0]);
  const select = useTimelineStore((s) => s.select);
  const origin = useTimelineStore((s) => s.origin);
  if (!dataset) return null;

  return (
    <section className="intro" aria-labelledby="intro-heading">
      <p className="intro__kicker">{t().aboutThisTimeline}</p>
      <h2 id="intro-heading" className="intro__title" dir="auto">
        {dataset.title}
      </h2>
      {dataset.media && (
        <MediaFigure
          media={dataset.media}
          storeUrl={storeAddressOnPage(origin)}
          name={dataset.title}
        />
      )}
      {dataset.description && (
        <p className="intro__description" dir="auto">
          {dataset.description}
        </p>
      )}
      {dataset.source && <SourceLine source={dataset.source} className="intro__source" />}
      {first && (
        <button
          type="button"
          className="intro__start"
          onClick={() => {
            select(first.id);
            // The button goes with the card: the reader goes on reading at the event's title.
            focusDetailsTitle();
          }}
        >
          {t().startWithFirst}
          <span aria-hidden="true"> →</span>
        </button>
      )}
      {tools}
      {dataset.note && (
        <p className="intro__note" dir="auto">
          {dataset.note}
        </p>
      )}
    </section>
  );
}
