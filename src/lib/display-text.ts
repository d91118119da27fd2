/**
 * Helpers for text from the data or the URL that is joined into a string of our own (an accessible
 * name, a notice, a sentence in the printout): it must keep to its place in that string.
 */

// Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, their
// presentation forms, and the right-to-left blocks of the supplementary planes) and the explicit
// bidi controls (marks, embeddings, overrides, isolates).
const TURNS_DIRECTION =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so that a right-to-left word
 * or an unclosed override (U+202E) in it cannot reorder the text around it: "‮title, 2016" stays
 * "title, 2016" read left to right after the title. Left-to-right text is returned as it is: it
 * cannot reorder its neighbours in our left-to-right page, and names such as "Trump hired
 * Manafort, March 2016" keep beginning with the title.
 */
export function isolate(text: string): string {
  return TURNS_DIRECTION.test(text)
    ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`
    : text;
}

/**
 * At most `max` characters of the text, the last an ellipsis when it is cut: for quoting back a
 * value that may be thousands of characters long (a link's `?event=`). Cuts between code points,
 * never inside a surrogate pair.
 */
export function shorten(text: string, max = 80): string {
  if (text.length <= max) return text;
  // A code point is at most two code units: the first 2 × max units hold enough of them, and a
  // text of a million characters is not split whole to keep a few.
  const head = Array.from(text.slice(0, 2 * max));
  if (head.length <= max && text.length <= 2 * max) return text;
  return `${head.slice(0, max - 1).join('')}…`;
}

/**
 * The most of an event's title that a list row, a hover card or a marker's accessible name
 * holds: far more than any real title, and little enough that a title of a megabyte does not
 * hold the page up while the browser lays it out. The details panel gives the whole.
 */
export const PREVIEW_TITLE_CHARS = 500;

export const previewTitle = (title: string): string => shorten(title, PREVIEW_TITLE_CHARS);

/** A value from outside quoted in a sentence of ours: “value”, shortened and isolated. */
export function quote(text: string): string {
  return `“${isolate(shorten(text))}”`;
}

/**
 * At most `max` characters, cut in the middle: a file name or a link keeps its start (the site)
 * and its end (the file and its ending), which say most about it.
 */
export function shortenMiddle(text: string, max = 80): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(chars.length - half).join('')}`;
}

/** A file's name or a link quoted in a sentence of ours: “name”, shortened and isolated. */
export function quoteName(text: string): string {
  return `“${isolate(shortenMiddle(text))}”`;
}
