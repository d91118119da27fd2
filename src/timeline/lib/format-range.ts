import { monthName, yearLabel, yearSpanLabel } from '../../data/partial-date.ts';
import { t } from '../../i18n/messages.ts';
import type { TimeWindow } from '../../data/time-window.ts';
import { padded } from './time-window.ts';

/**
 * A readable name for the range [start, end) in UTC ms: "March 2018", "2018", "2016–2019",
 * as coarse as needed to be true; "40–60 AD" below the year 1000; in the reader's language.
 */
export function formatRange(start: number, end: number): string {
  const a = new Date(start);
  const b = new Date(end - 1);
  const y0 = a.getUTCFullYear();
  const y1 = b.getUTCFullYear();
  if (y0 !== y1) return yearSpanLabel(y0, y1);
  const m0 = a.getUTCMonth();
  const m1 = b.getUTCMonth();
  if (m0 === m1) {
    const d0 = a.getUTCDate();
    const d1 = b.getUTCDate();
    if (d0 === d1) return t().dayMonthYear(d0, monthName(m0 + 1), yearLabel(y0));
    return t().monthYear(monthName(m0 + 1), yearLabel(y0));
  }
  if (m0 === 0 && m1 === 11) return yearLabel(y0);
  return t().monthSpanYear(monthName(m0 + 1), monthName(m1 + 1), yearLabel(y0));
}

/**
 * The range heading for a window. Where it holds every shown event and little more (Fit all, or
 * near it), it names the events' own span (`shown`, from the first start to the last end): the
 * margin Fit all leaves around them reaches into years no event is in ("2012–2020" for events
 * from 2013). Zoomed in, or out past that margin, it names the window, as the axis does.
 */
export function rangeHeading(view: TimeWindow, shown: TimeWindow | null): string {
  if (shown && covers(view, shown) && covers(padded(shown), view)) {
    return formatRange(shown[0], shown[1]);
  }
  return formatRange(view[0], view[1]);
}

/** Whether `outer` holds `inner`, give or take the rounding of a window's arithmetic. */
function covers(outer: TimeWindow, inner: TimeWindow): boolean {
  const slack = (outer[1] - outer[0]) * 1e-9;
  return outer[0] <= inner[0] + slack && inner[1] <= outer[1] + slack;
}
