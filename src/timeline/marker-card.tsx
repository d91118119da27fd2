import { previewTitle } from '../lib/display-text.ts';
import { useEffect, useLayoutEffect, useRef, type PointerEventHandler } from 'react';
import type { Topic, TimelineEvent } from '../data/schema.ts';
import { findMarker } from './focus-marker.ts';
import { BUTTONS_PLACED } from './frame-buttons.ts';
import { t } from '../i18n/messages.ts';
import { mediaAddress, thumbnailOf } from '../data/media.ts';
import { relativeToRoot, storeAddressOnPage } from '../data/store-address.ts';
import { selectDataset, useTimelineStore } from '../state/store.ts';

interface MarkerCardProps {
  id: string;
  event: TimelineEvent;
  topics: readonly Topic[];

  onPointerEnter: PointerEventHandler;
  onPointerLeave: PointerEventHandler;
  onWheel: () => void;
}

const GAP = 6;
const MARGIN = 8;

/** A marker's title (previewTitle: all of any real one), date and topics, beside it and never over it. */
export function MarkerCard({
  id,
  event,
  topics,
  onPointerEnter,
  onPointerLeave,
  onWheel,
}: MarkerCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The card sits by its marker's button. While the view moves, the buttons wait (hidden) until
  // it rests, and the card with them: placing it every frame would only read the page's layout in
  // the middle of each frame, forcing it, to find the button where it was.
  const place = () => {
    const card = ref.current;
    if (!card) return;
    // The card sits below its marker's button, or above it where the screen ends.
    const anchor = findMarker(event.id);
    card.hidden = !anchor;
    if (!anchor) return;
    const marker = anchor.getBoundingClientRect();
    const { width, height } = card.getBoundingClientRect();
    const below = marker.bottom + GAP;
    const top = below + height <= window.innerHeight ? below : marker.top - GAP - height;
    // Within the timeline's own box: never over the details column beside it.
    const edge =
      document.getElementById('timeline')?.getBoundingClientRect().right ??
      document.documentElement.clientWidth;
    const left = Math.min(marker.left, edge - width - MARGIN);
    card.style.transform = `translate(${Math.round(Math.max(left, MARGIN))}px, ${Math.round(Math.max(top, MARGIN))}px)`;
  };
  useLayoutEffect(place);
  // The buttons catch up with the view once it rests: follow them then.
  useEffect(() => {
    document.addEventListener(BUTTONS_PLACED, place);
    return () => document.removeEventListener(BUTTONS_PLACED, place);
  });

  const origin = useTimelineStore((s) => s.origin);
  const group = useTimelineStore((s) =>
    event.group === undefined
      ? undefined
      : selectDataset(s)?.groups.find((g) => g.id === event.group),
  );
  const thumbnail = thumbnailOf(event.media);
  const byId = new Map(topics.map((t) => [t.id, t]));
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className="marker-card"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onWheel={onWheel}
    >
      {thumbnail && (
        // The card names its event in words; the picture is there to recognise it by.
        <img
          className="marker-card__thumbnail"
          src={relativeToRoot(mediaAddress(thumbnail, storeAddressOnPage(origin)))}
          alt=""
          width={160}
          height={90}
          decoding="async"
        />
      )}
      <p className="marker-card__title" dir="auto">
        {previewTitle(event.title)}
      </p>
      <p className="marker-card__date" dir="auto">
        {event.date.label}
      </p>
      {group && (
        <p className="marker-card__group">
          {t().eventGroup}: <bdi>{group.label}</bdi>
        </p>
      )}
      {event.topics.length > 0 && (
        <ul className="marker-card__topics" aria-label={t().topics}>
          {event.topics.map((topicId) => (
            <li key={topicId} style={{ ['--topic' as string]: byId.get(topicId)?.color }}>
              <bdi>{byId.get(topicId)?.label ?? topicId}</bdi>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
