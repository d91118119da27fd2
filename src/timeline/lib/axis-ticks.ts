import { tickStep } from 'd3-array';
import { utcDay, utcMonth, utcTicks, utcWeek, utcYear } from 'd3-time';
import { utcTime, yearLabel } from '../../data/partial-date.ts';
import { dateFormat } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/locale.ts';

/** The axis's height above the lanes, and its ticks' length at its foot (time-axis.tsx). */
export const AXIS_HEIGHT = 28;
export const TICK_LENGTH = 6;
/** Where a tick's label sits: its baseline above the tick. */
export const TICK_LABEL_Y = AXIS_HEIGHT - TICK_LENGTH - 4;

/** A tick's place, on a whole pixel's middle so that its 1px line stays sharp. */
export const tickTransform = (x: number) => `translate(${Math.round(x) + 0.5},0)`;

export interface Tick {
  time: number;
  /** Empty where a more important neighbour's label needs the room: the tick stays, unnamed. */
  label: string;
  /** The label's anchor: inward at either edge, so that no label is cut off. */
  anchor: 'start' | 'middle' | 'end';
  x: number;
}

// In the reader's language: "March", "Mar 05", "Tue 07"; "marzo", "05 mar", "mar 07".
const MONTH = dateFormat({ month: 'long' });
const MONTH_DAY = dateFormat({ month: 'short', day: '2-digit' });
const WEEKDAY = dateFormat({ weekday: 'short' });
const DAY = dateFormat({ day: '2-digit' });

/**
 * A tick's label as precise as the tick itself, as d3's multi-scale time format does it: "2017"
 * at a year, "March" at a month, "Mar 05" at a week, "Tue 07" at other days. Years below 1000
 * carry their era ("45 AD"), as in the event dates.
 */
export function tickLabel(time: number): string {
  // A pan shows the same ticks frame after frame: their labels are formatted once.
  if (labelsLocale !== currentLocale()) {
    labels.clear();
    labelsLocale = currentLocale();
  }
  let label = labels.get(time);
  if (label === undefined) {
    if (labels.size > 2000) labels.clear();
    labels.set(time, (label = formatTick(time)));
  }
  return label;
}
const labels = new Map<number, string>();
let labelsLocale = currentLocale();

function formatTick(time: number): string {
  const date = new Date(time);
  if (+utcYear.floor(date) === time) return yearLabel(date.getUTCFullYear());
  if (+utcMonth.floor(date) === time) return MONTH().format(date);
  if (+utcWeek.floor(date) === time) return MONTH_DAY().format(date);
  if (+utcDay.floor(date) === time) return `${WEEKDAY().format(date)} ${DAY().format(date)}`;
  return MONTH_DAY().format(date);
}

/** A generous estimate of a label's width at 12 px, so that placing ticks needs no layout read. */
const GLYPH = 7;
const SLACK = 10;

/** How much a tick's label says: a year's most, a month's next, a week's or a day's least. */
function rank(time: number): number {
  const date = new Date(time);
  if (+utcYear.floor(date) === time) return 2;
  if (+utcMonth.floor(date) === time) return 1;
  return 0;
}

/** Where a label's estimated box (with its margin) lies, from its anchor. */
function labelBox(tick: Tick): [number, number] {
  const width = tick.label.length * GLYPH + SLACK;
  if (tick.anchor === 'start') return [tick.x, tick.x + width];
  if (tick.anchor === 'end') return [tick.x - width, tick.x];
  return [tick.x - width / 2, tick.x + width / 2];
}

/**
 * Clears the labels that would run into another: the calendar's ticks are evenly spaced, but a
 * month's name is longer than a day's ("September", "Sep 08"), and a label at either edge is
 * anchored inward, towards its neighbour. Years, then months, keep theirs first; the rest are
 * kept from the left while they fit.
 */
function clearOverlaps(ticks: readonly Tick[]): Tick[] {
  const ranks = ticks.map((tick) => rank(tick.time));
  const order = ticks.map((_, i) => i).sort((a, b) => (ranks[b] ?? 0) - (ranks[a] ?? 0) || a - b);
  const boxes: [number, number][] = [];
  const labelled = new Set<number>();
  for (const i of order) {
    const box = labelBox(ticks[i] as Tick);
    if (boxes.some(([left, right]) => box[0] < right && left < box[1])) continue;
    boxes.push(box);
    labelled.add(i);
  }
  return ticks.map((tick, i) => (labelled.has(i) ? tick : { ...tick, label: '' }));
}

/** d3-time's year, by which it decides between ticks of months and ticks of years. */
const D3_YEAR = 365 * 86_400_000;

/**
 * The ticks' times: d3-time's, except that ticks every few years fall on years that are round in
 * their own era. d3 counts ISO years, which have a year 0, so its tick at -0500 would read
 * "501 BC"; each tick before the era moves one year on, to 500 BC, and the one at 0000 to 1 AD,
 * where the era begins. After it the ticks are d3's own.
 */
function tickTimes(start: number, stop: number, count: number): number[] {
  const step =
    (stop - start) / count >= D3_YEAR ? tickStep(start / D3_YEAR, stop / D3_YEAR, count) : 1;
  if (step <= 1) return utcTicks(new Date(start), new Date(stop), count).map(Number);
  const every = Math.floor(step);
  const times: number[] = [];
  for (let year = Math.floor(new Date(start).getUTCFullYear() / every) * every; ; year += every) {
    const time = utcTime(year <= 0 ? year + 1 : year, 0, 1);
    if (time > stop) return times;
    if (time >= start) times.push(time);
  }
}

/**
 * About one tick per `spacing` px, from d3-time's calendar-aware tick intervals; no two labels
 * overlap (by their estimated widths).
 */
export function axisTicks(
  view: readonly [number, number],
  width: number,
  x: (time: number) => number,
  spacing = 110,
): Tick[] {
  // No finer than days: the labels name days at most (a week is the narrowest window).
  const days = (view[1] - view[0]) / 86_400_000;
  const count = Math.max(2, Math.min(Math.floor(width / spacing), Math.floor(days)));
  const ticks = tickTimes(view[0], view[1], count).map((time): Tick => {
    const label = tickLabel(time);
    const at = x(time);
    const half = (label.length * GLYPH + SLACK) / 2;
    return {
      time,
      label,
      x: at,
      anchor: at < half ? 'start' : at > width - half ? 'end' : 'middle',
    };
  });
  return clearOverlaps(ticks);
}
