import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/schema.ts';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import type { PlacedCluster, PlacedEvent } from './layout.ts';
import {
  controlFor,
  curveTop,
  linkMarks,
  POINTER_INSET,
  POINTER_ROW,
  type ArcFrame,
  type ArcLink,
  type LinkMark,
} from './link-arcs.ts';

const DAY = 86_400_000;
const t0 = Date.parse('2018-01-01');
/** A window of 100 days over 1,000 px: a day is 10 px. */
const frame: ArcFrame = {
  view: [t0, t0 + 100 * DAY],
  width: 1000,
  badgeWidth: (count) => 30 + count,
};
const x = (time: number) => ((time - t0) / DAY) * 10;

const onDay = (id: string, day: number) =>
  makeEvent(new Date(t0 + day * DAY).toISOString().slice(0, 10), { id, title: id });
const placed = (event: TimelineEvent, top: number): PlacedEvent => ({
  type: 'event',
  event,
  lane: 0,
  top,
  x0: x(event.date.start),
  x1: x(event.date.end),
  labelX: x(event.date.start),
  labelRoom: 200,
  label: null,
  thumbnail: false,
});
const badge = (start: number, end: number, top: number, count = 4): PlacedCluster => ({
  type: 'cluster',
  key: `c-${start}`,
  count,
  lane: 0,
  top,
  x: x(start),
  start,
  end,
});
const link = (event: TimelineEvent, kind: ArcLink['kind'] = 'led-to', outgoing = true) => ({
  event,
  kind,
  outgoing,
});
const ends = (mark: LinkMark | undefined) => mark && [mark.type, mark.from, mark.to];

const summit = onDay('summit', 20);
const denial = onDay('denial', 60);
const g20 = onDay('g20', -30);
const later = onDay('later', 130);

describe('linkMarks', () => {
  it('draws an arc from the top of the open event’s dot to the top of the other’s, across lanes', () => {
    const marks = linkMarks(summit, [link(denial)], [placed(summit, 6), placed(denial, 57)], frame);
    expect(marks.map(ends)).toEqual([['arc', { x: 205, y: 8 }, { x: 605, y: 59 }]]);
    const [arc] = marks;
    if (arc?.type !== 'arc') throw new Error('no arc');
    expect(arc.toBadge).toBe(false);
    // It rises above the higher end, and stays on the canvas.
    expect(arc.control.y).toBeLessThan(8);
    expect(curveTop(arc)).toBeGreaterThanOrEqual(2);
    expect(arc.control.x).toBe(405);
  });

  it('points to the side of the view where an event outside it lies, one pointer under another', () => {
    const talks = onDay('talks', 50);
    const marks = linkMarks(
      talks,
      [link(g20, 'response-to'), link(later, 'see-also', false), link(onDay('earlier', -5))],
      [placed(talks, 57)],
      frame,
    );
    expect(marks.map((m) => m.type === 'pointer' && [m.side, m.to])).toEqual([
      ['left', { x: POINTER_INSET, y: 59 }],
      ['right', { x: 1000 - POINTER_INSET, y: 59 }],
      ['left', { x: POINTER_INSET, y: 59 + POINTER_ROW }],
    ]);
    expect(marks.map((m) => [m.link.event.id, m.link.outgoing])).toEqual([
      ['g20', true],
      ['later', false],
      ['earlier', true],
    ]);
  });

  it('puts the pointers under the event’s marker where their titles would cover it', () => {
    // The summit's dot is 205 px from the left edge, within a pointer's reach (280 px).
    const [left, right] = linkMarks(summit, [link(g20), link(later)], [placed(summit, 57)], frame);
    // Its marker without a label is 18 px tall: the first row is half a row under it.
    expect(left?.to).toEqual({ x: POINTER_INSET, y: 57 + 18 + POINTER_ROW / 2 });
    expect(right?.to).toEqual({ x: 1000 - POINTER_INSET, y: 59 });
  });

  it('follows the view: after a pan, the same link is an arc, then a pointer', () => {
    const items = (view: ArcFrame['view']) => {
      const at = (event: TimelineEvent, top: number): PlacedEvent => ({
        ...placed(event, top),
        x0: ((event.date.start - view[0]) / DAY) * 10,
        x1: ((event.date.end - view[0]) / DAY) * 10,
      });
      return [at(summit, 6), ...(denial.date.start < view[1] ? [at(denial, 57)] : [])];
    };
    const near: ArcFrame['view'] = [t0, t0 + 100 * DAY];
    const far: ArcFrame['view'] = [t0 - 50 * DAY, t0 + 50 * DAY];
    const [arc] = linkMarks(summit, [link(denial)], items(near), { ...frame, view: near });
    const [pointer] = linkMarks(summit, [link(denial)], items(far), { ...frame, view: far });
    expect(ends(arc)).toEqual(['arc', { x: 205, y: 8 }, { x: 605, y: 59 }]);
    expect(ends(pointer)).toEqual(['pointer', { x: 705, y: 8 }, { x: 994, y: 8 }]);
  });

  it('draws an arc to the badge that gathers a linked event, in its own band', () => {
    const start = denial.date.start;
    const bands = { top: 100, bottom: 200 };
    const marks = linkMarks(
      summit,
      [link(denial)],
      [
        placed(summit, 6),
        badge(start - DAY, start + DAY, 28, 3),
        badge(start - DAY, start + DAY, 128, 7),
      ],
      { ...frame, bandOf: (event) => (event === denial ? bands : undefined) },
    );
    expect(marks).toMatchObject([
      { type: 'arc', toBadge: true, to: { x: x(start - DAY) + (30 + 7) / 2, y: 128 } },
    ]);
  });

  it('draws nothing while the event’s own marker is out of view', () => {
    expect(linkMarks(summit, [link(denial)], [placed(denial, 6)], frame)).toEqual([]);
    expect(linkMarks(summit, [], [placed(summit, 6)], frame)).toEqual([]);
  });

  it('meets a span where its band is in view', () => {
    const war = makeEvent('2017-06-01', { id: 'war', end: '2018-02-10' });
    const [arc] = linkMarks(summit, [link(war)], [placed(summit, 6), placed(war, 57)], frame);
    // From the window's left edge to the span's end (day 40, x 400): its middle is x 200.
    expect(arc?.to).toEqual({ x: 200, y: 59 });
  });
});

describe('controlFor', () => {
  it.each([
    ['level ends 400 px apart rise 70 px', { x: 0, y: 200 }, { x: 400, y: 200 }, 200, 60, 130],
    [
      'level ends 40 px apart rise at least 14 px',
      { x: 0, y: 200 },
      { x: 40, y: 200 },
      20,
      172,
      186,
    ],
    ['neighbours in a lane rise too', { x: 0, y: 200 }, { x: 10, y: 200 }, 5, 172, 186],
    ['level ends near the top stay on the canvas', { x: 0, y: 8 }, { x: 400, y: 8 }, 200, -4, 2],
    [
      'ends far apart at two heights stay on the canvas',
      { x: 0, y: 170 },
      { x: 675, y: 8 },
      337.5,
      2 - Math.sqrt(1008),
      2,
    ],
    ['ends one above the other bow to the left', { x: 100, y: 8 }, { x: 100, y: 208 }, 50, 108, 8],
    ['or to the right at the left edge', { x: 10, y: 8 }, { x: 14, y: 108 }, 37, 58, 8],
  ])('%s', (_, from, to, controlX, controlY, top) => {
    const control = controlFor(from, to);
    expect(control.x).toBeCloseTo(controlX, 3);
    expect(control.y).toBeCloseTo(controlY, 3);
    expect(curveTop({ from, control, to })).toBeCloseTo(top, 3);
  });
});
