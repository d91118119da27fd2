import type { LinkKind } from '../data/schema.ts';
import { assertNever } from '../lib/assert-never.ts';
import { BADGE_FONT, setFont } from './canvas-font.ts';
import type { Surface } from './surface.ts';
import { fitText } from './draw-backdrop.ts';
import { POINTER_INSET, pointerReach, type LinkMark, type Point } from './lib/link-arcs.ts';

export interface LinkColors {
  /** The colour of the event whose links these are, as the page shows it. */
  color: string;
  ink: string;
  paper: string;
  width: number;
}

/** Light: the arcs cross markers and labels, which must stay readable through them. */
const ARC_ALPHA = 0.7;
const ARC_WIDTH = 1.5;
const ARROW = 7;
/** "See also" is a relation both ways: dashed, without an arrow. */
const SEE_ALSO_DASH = [5, 4];
const SOLID: number[] = [];
const POINTER_FONT = BADGE_FONT;

/**
 * Draws the link marks of one event over the markers (link-arcs.ts places them): each arc in the
 * event's colour, with an arrow where the link points (at the other event for a link of its own,
 * at it for a link from the other), and each pointer to an event outside the view with an arrow
 * at the edge and the event's title beside it.
 */
export function drawLinks(
  context: Surface,
  marks: readonly LinkMark[],
  { color, ink, paper, width }: LinkColors,
): void {
  if (!marks.length) return;
  context.save();
  context.strokeStyle = color;
  context.fillStyle = color;
  context.lineWidth = ARC_WIDTH;
  for (const mark of marks) {
    const { kind, outgoing } = mark.link;
    context.globalAlpha = ARC_ALPHA;
    context.setLineDash(kind === 'see-also' ? SEE_ALSO_DASH : SOLID);
    context.beginPath();
    context.moveTo(mark.from.x, mark.from.y);
    context.quadraticCurveTo(mark.control.x, mark.control.y, mark.to.x, mark.to.y);
    context.stroke();
    context.setLineDash(SOLID);
    context.globalAlpha = 1;
    if (directed(kind) && mark.type === 'arc') {
      if (outgoing) arrow(context, mark.control, mark.to);
      else arrow(context, mark.control, mark.from);
    }
  }
  const pointers = marks.filter((mark) => mark.type === 'pointer');
  if (pointers.length) {
    setFont(context, POINTER_FONT);
    context.textBaseline = 'middle';
    const room = pointerReach(width) - POINTER_INSET - ARROW - 8;
    for (const mark of pointers) {
      const inward = mark.side === 'left' ? 1 : -1;
      // The arrow points out of the view, the way the event lies.
      context.fillStyle = color;
      arrow(context, { x: mark.to.x + inward, y: mark.to.y }, mark.to);
      const title = fitText(context, POINTER_FONT, mark.link.event.title, room);
      if (!title) continue;
      const textWidth = context.measureText(title).width;
      const x = mark.to.x + inward * (ARROW + 4);
      const left = inward === 1 ? x : x - textWidth;
      // A plate of the page's colour: the title reads over whatever lies under it.
      context.fillStyle = paper;
      context.globalAlpha = 0.9;
      context.fillRect(left - 3, mark.to.y - 9, textWidth + 6, 18);
      context.globalAlpha = 1;
      context.fillStyle = ink;
      context.textAlign = inward === 1 ? 'left' : 'right';
      context.fillText(title, x, mark.to.y + 0.5);
    }
  }
  context.restore();
}

function directed(kind: LinkKind): boolean {
  switch (kind) {
    case 'led-to':
    case 'response-to':
      return true;
    case 'see-also':
      return false;
    default:
      return assertNever(kind);
  }
}

/** A filled arrowhead at `tip`, pointing away from `from`. */
function arrow(context: Surface, from: Point, tip: Point): void {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const baseX = tip.x - ux * ARROW;
  const baseY = tip.y - uy * ARROW;
  const half = ARROW / 2;
  context.beginPath();
  context.moveTo(tip.x, tip.y);
  context.lineTo(baseX - uy * half, baseY + ux * half);
  context.lineTo(baseX + uy * half, baseY - ux * half);
  context.closePath();
  context.fill();
}
