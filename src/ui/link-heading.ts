import type { LinkKind } from '../data/schema.ts';
import { assertNever } from '../lib/assert-never.ts';
import { t } from '../i18n/messages.ts';

/** The heading a kind of link is listed under: "Led to", "In response to", "See also". */
export function linkHeading(kind: LinkKind): string {
  switch (kind) {
    case 'led-to':
      return t().linkLedTo;
    case 'response-to':
      return t().linkResponseTo;
    case 'see-also':
      return t().linkSeeAlso;
    default:
      return assertNever(kind);
  }
}
