/** How long the view must rest before the marker buttons catch up with it (marker-frames.ts)... */
const SETTLE_MS = 120;
/**
 * ...or longer, on a page whose frames come slower (a phone, a grouped timeline of thousands): a
 * pause between two frames of one gesture is not the end of it, and placing the buttons then
 * (a render, and a restyle of every one) would make the next frame later still. The wait is half
 * again the time between the gesture's recent frames, up to this long.
 */
const MOST_SETTLE_MS = 600;

/** How long to wait for the view to rest, from the pace of the frames that moved it (noted in `pace`). */
export function settleDelay(pace: { last: number; interval: number }, now: number): number {
  const since = now - pace.last;
  // A gap longer than the longest wait began a new gesture: its pace is not yet known.
  pace.interval = since > MOST_SETTLE_MS ? 0 : pace.interval ? (pace.interval + since) / 2 : since;
  pace.last = now;
  return Math.min(MOST_SETTLE_MS, Math.max(SETTLE_MS, 1.5 * pace.interval));
}
