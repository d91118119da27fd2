/**
 * Where the names at the lines' ends go: beside, above or below each line's last point,
 * whichever covers the fewest points of the drawing (markers, the lines themselves, names placed
 * before), and never outside the plot's bounds when a place inside is free.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest {
  /** The point the label names. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** Where a label is drawn: text-anchor at x, vertically centred on y. */
export interface Placement {
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

const GAP = 8;

/** The places tried for a label, most natural first: to the right, as a line's end reads. */
function candidates(request: LabelRequest): Placement[] {
  const { x, y, width, height } = request;
  const at = (cx: number, cy: number, anchor: Anchor): Placement => {
    const left = anchor === 'start' ? cx : anchor === 'end' ? cx - width : cx - width / 2;
    return {
      x: cx,
      y: cy,
      anchor,
      box: { left, right: left + width, top: cy - height / 2, bottom: cy + height / 2 },
    };
  };
  const above = y - GAP - height / 2;
  const below = y + GAP + height / 2;
  return [
    at(x + GAP, y, 'start'),
    at(x + GAP, y - height, 'start'),
    at(x + GAP, y + height, 'start'),
    at(x, above, 'middle'),
    at(x, below, 'middle'),
    at(x + GAP, above, 'start'),
    at(x + GAP, below, 'start'),
    at(x - GAP, y, 'end'),
  ];
}

const inside = (box: Box, [px, py]: readonly [number, number], margin: number) =>
  px >= box.left - margin &&
  px <= box.right + margin &&
  py >= box.top - margin &&
  py <= box.bottom + margin;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const within = (box: Box, bounds: Box) =>
  box.left >= bounds.left &&
  box.right <= bounds.right &&
  box.top >= bounds.top &&
  box.bottom <= bounds.bottom;

/** Points every few pixels along a polyline, so that a label can tell it covers a line. */
export function sampleLine(points: readonly (readonly [number, number])[], step = 3) {
  const samples: [number, number][] = [];
  points.forEach(([x, y], i) => {
    const next = points[i + 1];
    if (!next) {
      samples.push([x, y]);
      return;
    }
    const count = Math.max(1, Math.ceil(Math.hypot(next[0] - x, next[1] - y) / step));
    for (let k = 0; k < count; k += 1)
      samples.push([x + ((next[0] - x) * k) / count, y + ((next[1] - y) * k) / count]);
  });
  return samples;
}

/**
 * Places labels in the order given (the most important first), each where it covers the fewest
 * obstacle points and no label placed before it nor any `taken` box, inside `bounds` if it can be.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly (readonly [number, number])[],
  bounds: Box,
  taken: readonly Box[] = [],
): Placement[] {
  const placed: Placement[] = [];
  for (const request of requests) {
    const scored = candidates(request).map((candidate, order) => {
      const covered = obstacles.filter((point) => inside(candidate.box, point, 2)).length;
      const clashes = [...taken, ...placed.map((other) => other.box)].filter((box) =>
        overlaps(candidate.box, box),
      ).length;
      const outside = within(candidate.box, bounds) ? 0 : 1;
      // Leaving the bounds is worst, covering another name next, a point of a line least.
      return { candidate, score: outside * 1e6 + clashes * 1e3 + covered, order };
    });
    scored.sort((a, b) => a.score - b.score || a.order - b.order);
    const best = scored[0];
    if (best) placed.push(best.candidate);
  }
  return placed;
}
