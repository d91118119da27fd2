/** The speeds a reader can choose, slowest first; 1 is the pace the hold times are made for. */
export const STORY_SPEEDS = [0.5, 1, 2] as const;

/** Time to take in a step before reading: the view's move, the title, the date. */
const SETTLE_MS = 3_000;
/** About 200 words a minute, a comfortable pace for reading news on a screen. */
const PER_WORD_MS = 300;
const MIN_HOLD_MS = 4_000;
/**
 * A long summary is read at the reader's own pace: past this the story would seem stuck (a first
 * step of 24 s read as a broken Play), and Pause is there for a slower read.
 */
const MAX_HOLD_MS = 12_000;

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/**
 * How long a story holds on an event at a speed: long enough to read its title and summary at
 * an unhurried pace, within bounds so that a bare title still holds and a long summary does not
 * stall the story; a faster speed shortens it in proportion.
 */
export function holdTime(title: string, summary: string | undefined, speed: number): number {
  const reading = SETTLE_MS + PER_WORD_MS * (wordCount(title) + wordCount(summary ?? ''));
  const hold = Math.min(MAX_HOLD_MS, Math.max(MIN_HOLD_MS, reading));
  return Math.round(hold / (speed > 0 ? speed : 1));
}
