/**
 * How a title fits the room beside its marker. A label wraps to at most two lines before it is
 * shortened, is shortened only at a word boundary with an ellipsis while at least three words
 * remain, and is otherwise not drawn at all: a stub such as "Tr…" tells a reader nothing when
 * every title starts with the same name.
 *
 * Widths are sums of measured words and spaces, so fitting is arithmetic once a title's words are
 * known: the canvas measures each distinct word once, not every candidate line.
 */

const ELLIPSIS = '…';
/** The fewest words a shortened label may keep. */
const MIN_WORDS = 3;

export interface LabelMetrics {
  words: readonly string[];
  /** Width of each word, in px. */
  widths: readonly number[];
  space: number;
  ellipsis: number;
  /** Width of the title on one line. */
  oneLine: number;
  /** Narrowest width the whole title takes on at most two lines. */
  compact: number;
}

export interface FittedLabel {
  lines: readonly string[];
  /** Width of the widest line, in px. */
  width: number;
  whole: boolean;
}

/** Measures a title's words; `measure` is the canvas' measureText width (cached by the caller). */
export function measureLabel(title: string, measure: (text: string) => number): LabelMetrics {
  const words = title.split(/\s+/).filter(Boolean);
  const widths = words.map(measure);
  const space = measure(' ');
  const ellipsis = measure(ELLIPSIS);
  const oneLine = lineWidth(widths, space, 0, words.length);
  return {
    words,
    widths,
    space,
    ellipsis,
    oneLine,
    compact: balanced(widths, space, words.length, 0).width,
  };
}

function lineWidth(widths: readonly number[], space: number, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += widths[i] as number;
  return sum + space * Math.max(0, to - from - 1);
}

/**
 * The split of the first `count` words into two lines (the second ending with `tail` px, e.g. an
 * ellipsis) whose wider line is narrowest; `split` is the first word of the second line.
 */
function balanced(
  widths: readonly number[],
  space: number,
  count: number,
  tail: number,
): { width: number; split: number } {
  let best = { width: lineWidth(widths, space, 0, count) + tail, split: count };
  for (let split = 1; split < count; split++) {
    const width = Math.max(
      lineWidth(widths, space, 0, split),
      lineWidth(widths, space, split, count) + tail,
    );
    // On a tie, the later split: a longer first line reads better.
    if (width <= best.width) best = { width, split };
  }
  return best;
}

/**
 * The fullest label that fits `room` px: the whole title on one line, else on two, else the most
 * words (at least three) with an ellipsis on one or two lines; null when not even that fits.
 */
export function fitLabel(metrics: LabelMetrics, available: number): FittedLabel | null {
  const { words, widths, space, ellipsis } = metrics;
  // Rooms are differences of pixel positions: forgive the rounding of a float.
  const room = available + 0.01;
  if (!words.length) return null;
  if (metrics.oneLine <= room) return wholeLine(metrics);
  if (metrics.compact <= room) return wrap(metrics, words.length, 0, true);
  for (let count = words.length - 1; count >= MIN_WORDS; count--) {
    const oneLine = lineWidth(widths, space, 0, count) + ellipsis;
    if (oneLine <= room) {
      return { lines: [words.slice(0, count).join(' ') + ELLIPSIS], width: oneLine, whole: false };
    }
    if (balanced(widths, space, count, ellipsis).width <= room) {
      return wrap(metrics, count, ellipsis, false);
    }
  }
  return null;
}

/**
 * The whole title on one line, built once per title: most labels fit whole, and a zoom frame would
 * otherwise join the same words again for each of hundreds of them.
 */
const wholeLines = new WeakMap<LabelMetrics, FittedLabel>();
function wholeLine(metrics: LabelMetrics): FittedLabel {
  let label = wholeLines.get(metrics);
  if (!label) {
    label = { lines: [metrics.words.join(' ')], width: metrics.oneLine, whole: true };
    wholeLines.set(metrics, label);
  }
  return label;
}

function wrap(metrics: LabelMetrics, count: number, tail: number, whole: boolean): FittedLabel {
  const { words, widths, space } = metrics;
  const { width, split } = balanced(widths, space, count, tail);
  const end = whole ? '' : ELLIPSIS;
  const lines =
    split >= count
      ? [words.slice(0, count).join(' ') + end]
      : [words.slice(0, split).join(' '), words.slice(split, count).join(' ') + end];
  return { lines, width, whole };
}

/** The narrowest room in which some label (at least three words) fits; Infinity when none can. */
export function minimumRoom(metrics: LabelMetrics): number {
  const { words, widths, space, ellipsis } = metrics;
  if (words.length <= MIN_WORDS) return metrics.compact;
  return balanced(widths, space, MIN_WORDS, ellipsis).width;
}
