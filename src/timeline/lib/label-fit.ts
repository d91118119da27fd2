/**
 * How a title fits the room beside its marker. A label wraps to at most two lines before it is
 * shortened, is shortened only at a word boundary with an ellipsis while at least three words
 * remain, and is otherwise not drawn at all: a stub such as "Tr…" tells a reader nothing when
 * every title starts with the same name.
 *
 * Widths are sums of measured words and spaces, so fitting is arithmetic once a title's words are
 * known: the canvas measures each distinct word once, not every candidate line. Prefix sums make
 * any line's width one subtraction, and both the best split and the most words that fit are found
 * by bisection, since widths only grow with words: a title costs time linear in its length, and a
 * title of any length no more than its first MAX_DRAWN_CHARS characters.
 */

const ELLIPSIS = '…';
/** The fewest words a shortened label may keep. */
const MIN_WORDS = 3;
/**
 * More than two lines of the widest room can hold: a title longer than this is drawn shortened
 * whatever the room, so its words beyond are never measured (the details give the whole text).
 */
export const MAX_DRAWN_CHARS = 400;

export interface LabelMetrics {
  /** The words that may be drawn: all of the title's, or those within MAX_DRAWN_CHARS. */
  words: readonly string[];
  /** Width of each word, in px. */
  widths: readonly number[];
  /** `ends[i]`: width of the first i words, each followed by a space. */
  ends: readonly number[];
  space: number;
  ellipsis: number;
  /** Whether the title goes on past `words`, so that no label of it is whole. */
  cut: boolean;
  /** Width of the fullest label on one line: the title, or its drawable words and an ellipsis. */
  oneLine: number;
  /** Narrowest width that fullest label takes on at most two lines. */
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
  const cut = title.length > MAX_DRAWN_CHARS;
  const drawable = cut ? drawablePart(title) : title;
  const words = drawable.split(/\s+/).filter(Boolean);
  // The last word is whole only if the title breaks right after it.
  if (cut && words.length > 1 && !/\s/.test(title.charAt(drawable.length))) words.pop();
  const widths = words.map(measure);
  const space = measure(' ');
  const ellipsis = measure(ELLIPSIS);
  const ends = [0];
  for (const width of widths) ends.push((ends[ends.length - 1] as number) + width + space);
  const partial = { words, widths, ends, space, ellipsis, cut };
  const tail = cut ? ellipsis : 0;
  return {
    ...partial,
    oneLine: lineWidth(partial, 0, words.length) + tail,
    compact: balanced(partial, words.length, tail).width,
  };
}

/** The first MAX_DRAWN_CHARS characters, never ending inside a surrogate pair. */
function drawablePart(title: string): string {
  const last = title.charCodeAt(MAX_DRAWN_CHARS - 1);
  return title.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_DRAWN_CHARS - 1 : MAX_DRAWN_CHARS);
}

type Widths = Pick<LabelMetrics, 'ends' | 'space'>;

/** Width of words `from` to `to` (exclusive) on one line. */
function lineWidth({ ends, space }: Widths, from: number, to: number): number {
  if (to <= from) return 0;
  return (ends[to] as number) - (ends[from] as number) - space;
}

/**
 * The split of the first `count` words into two lines (the second ending with `tail` px, e.g. an
 * ellipsis) whose wider line is narrowest; `split` is the first word of the second line. The
 * first line only widens and the second only narrows as the split moves right, so the best split
 * is beside the first one where the first line is the wider.
 */
function balanced(widths: Widths, count: number, tail: number): { width: number; split: number } {
  if (count < 2) return { width: lineWidth(widths, 0, count) + tail, split: count };
  const first = (split: number) => lineWidth(widths, 0, split);
  const second = (split: number) => lineWidth(widths, split, count) + tail;
  let lo = 1;
  let hi = count; // the first split where the first line is the wider, or count if none is
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (first(mid) >= second(mid)) hi = mid;
    else lo = mid + 1;
  }
  let best = { width: Number.POSITIVE_INFINITY, split: count };
  for (const split of [lo - 1, lo]) {
    if (split < 1 || split >= count) continue;
    const width = Math.max(first(split), second(split));
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
  const { words, ellipsis, cut } = metrics;
  // Rooms are differences of pixel positions: forgive the rounding of a float.
  const room = available + 0.01;
  if (!words.length || (cut && words.length < MIN_WORDS)) return null;
  if (metrics.oneLine <= room) return cut ? oneLine(metrics, words.length) : wholeLine(metrics);
  if (metrics.compact <= room) return wrap(metrics, words.length, cut ? ellipsis : 0, !cut);
  // The most words that fit on two lines: fewer words never need more room.
  let lo = MIN_WORDS - 1; // fits (or is below the fewest allowed)
  let hi = words.length; // does not fit
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (balanced(metrics, mid, ellipsis).width <= room) lo = mid;
    else hi = mid;
  }
  if (lo < MIN_WORDS) return null;
  if (lineWidth(metrics, 0, lo) + ellipsis <= room) return oneLine(metrics, lo);
  return wrap(metrics, lo, ellipsis, false);
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

/** The first `count` words and an ellipsis, on one line. */
function oneLine(metrics: LabelMetrics, count: number): FittedLabel {
  return {
    lines: [metrics.words.slice(0, count).join(' ') + ELLIPSIS],
    width: lineWidth(metrics, 0, count) + metrics.ellipsis,
    whole: false,
  };
}

function wrap(metrics: LabelMetrics, count: number, tail: number, whole: boolean): FittedLabel {
  const { words } = metrics;
  const { width, split } = balanced(metrics, count, tail);
  const end = whole ? '' : ELLIPSIS;
  const lines =
    split >= count
      ? [words.slice(0, count).join(' ') + end]
      : [words.slice(0, split).join(' '), words.slice(split, count).join(' ') + end];
  return { lines, width, whole };
}

/** The narrowest room in which some label (at least three words) fits; Infinity when none can. */
export function minimumRoom(metrics: LabelMetrics): number {
  const { words, ellipsis, cut } = metrics;
  if (words.length < MIN_WORDS) return cut ? Number.POSITIVE_INFINITY : metrics.compact;
  if (words.length === MIN_WORDS && !cut) return metrics.compact;
  return balanced(metrics, MIN_WORDS, ellipsis).width;
}
