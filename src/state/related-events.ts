import type { EventLink, LinkKind, TimelineEvent } from '../data/schema.ts';
import { LINK_KINDS } from '../data/store-shape.ts';
import { memoizeByObject } from '../lib/memoize.ts';

/** Another event that an event is linked with, in either direction. */
export interface RelatedEvent {
  event: TimelineEvent;
  kind: LinkKind;
  /** 'to': the event links to this one, as its own data says; 'from': this one links to it. */
  direction: 'to' | 'from';
  note: string | undefined;
}

interface LinkIndex {
  byId: ReadonlyMap<string, TimelineEvent>;
  /** The links that name each event, from the events that make them, in time order. */
  incoming: ReadonlyMap<string, readonly { from: TimelineEvent; link: EventLink }[]>;
}

/** Built once per list of events: a frame or a render then asks for one event's links in O(its links). */
const linkIndex = memoizeByObject((events: readonly TimelineEvent[]): LinkIndex => {
  const byId = new Map<string, TimelineEvent>();
  const incoming = new Map<string, { from: TimelineEvent; link: EventLink }[]>();
  for (const event of events) {
    byId.set(event.id, event);
    for (const link of event.links) {
      const list = incoming.get(link.to);
      if (list) list.push({ from: event, link });
      else incoming.set(link.to, [{ from: event, link }]);
    }
  }
  return { byId, incoming };
});

const NONE: readonly RelatedEvent[] = Object.freeze([]);

/**
 * The events `event` is linked with: those its own links name, in their order, then those whose
 * links name it, in time order, leaving out any already named either way. `events` is the whole
 * dataset: a link leads to its event whether or not the filters show it.
 */
export function relatedEvents(
  event: TimelineEvent,
  events: readonly TimelineEvent[],
): readonly RelatedEvent[] {
  const { byId, incoming } = linkIndex(events);
  const named = incoming.get(event.id);
  if (!event.links.length && !named) return NONE;
  const related: RelatedEvent[] = [];
  const seen = new Set<string>();
  for (const link of event.links) {
    const other = byId.get(link.to);
    if (!other) continue;
    related.push({ event: other, kind: link.kind, direction: 'to', note: link.note });
    seen.add(other.id);
  }
  for (const { from, link } of named ?? []) {
    if (seen.has(from.id)) continue;
    related.push({ event: from, kind: link.kind, direction: 'from', note: link.note });
    seen.add(from.id);
  }
  return related;
}

/**
 * Where a related event is listed: a link of the event's own under its kind; a link to it from
 * another under "See also", whatever its kind. "A led to B" does not make A a response of B's,
 * but the two do bear on each other, which is all "See also" says.
 */
export function listedUnder(related: RelatedEvent): LinkKind {
  return related.direction === 'to' ? related.kind : 'see-also';
}

/** The related events by heading, in the order of LINK_KINDS, leaving out empty headings. */
export function relatedByHeading(
  related: readonly RelatedEvent[],
): { kind: LinkKind; events: RelatedEvent[] }[] {
  return LINK_KINDS.map((kind) => ({
    kind,
    events: related.filter((r) => listedUnder(r) === kind),
  })).filter((section) => section.events.length > 0);
}
