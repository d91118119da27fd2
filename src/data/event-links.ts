/**
 * An event's links checked against the events that were read: a link to an event the timeline
 * lacks, or to its own event, is reported naming its target and left out, and the rest shows.
 * (Each link's shape is read with the event, in schema.ts.)
 */
import type { EventLink } from './schema.ts';
import type { ProblemReason } from './problem.ts';

/** A problem with an event's links, by its field ("links", "links.2.kind"). */
export interface LinkProblem {
  field: string;
  reason: ProblemReason;
}

/** The list an event without links shares with every other, frozen so that none can fill it. */
export const NO_LINKS: readonly EventLink[] = Object.freeze([]);

/**
 * The links of event `from` that lead somewhere: to an event of the timeline (`has`), not to
 * itself, and not twice with the same kind. Each link left out is a problem naming its target.
 */
export function linksThatLead(
  from: string,
  links: readonly EventLink[],
  has: (id: string) => boolean,
): { links: readonly EventLink[]; problems: LinkProblem[] } {
  const kept: EventLink[] = [];
  const problems: LinkProblem[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const key = `${link.kind} ${link.to}`;
    if (link.to === from) {
      problems.push({ field: 'links', reason: { code: 'link-to-itself' } });
    } else if (!has(link.to)) {
      problems.push({ field: 'links', reason: { code: 'link-to-missing-event', to: link.to } });
    } else if (seen.has(key)) {
      problems.push({
        field: 'links',
        reason: { code: 'link-given-twice', to: link.to, kind: link.kind },
      });
    } else {
      seen.add(key);
      kept.push(link);
    }
  }
  if (!problems.length) return { links, problems };
  return { links: kept.length ? kept : NO_LINKS, problems };
}
