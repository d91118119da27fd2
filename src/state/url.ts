import { isLocale, type Locale } from '../i18n/locale.ts';
import { isGroupBy, type GroupBy } from '../data/group-by.ts';
import { parsePartialDate } from '../data/partial-date.ts';

export type { GroupBy } from '../data/group-by.ts';

/**
 * The deep-link contract: `?event=<id>`, `?topics=<id>,<id>`, `?q=<text>`, `?data=<url>` for
 * another store, and `?file=<name>` for a store opened from the reader's computer (which the link
 * names but cannot bring); `?embed=1` for the compact view inside another site's iframe (see
 * docs/embedding.md); `?lang=es|en` for the interface's language, which the page keeps in the
 * addresses it writes but shared links leave out (a reader gets their own). `?story=<n>` for the story at its n-th step (1-based), which names the
 * open event in place of `?event=`. `?group=topic|groups` for swimlanes by first topic or by the
 * dataset's groups. `?at=latest` opens the newest event (the page then names it with `?event=`).
 * `?live=0` keeps the store as loaded, with no checks for a newer version (for printing,
 * exporting, archiving); the page keeps it in the addresses it writes, shared links leave it out.
 * `?since=YYYY-MM-DD` shows what changed since that day, for anyone given the link.
 * Parsing never throws; values are only ever compared and displayed as text.
 */
export interface UrlState {
  event: string | null;
  topics: string[];
  q: string;
  data: string | null;
  file: string | null;
  embed: boolean;
  lang: Locale | null;
  story: number | null;
  group: GroupBy;
  at: OpenAt | null;
  live: boolean;
  since: SinceParam;
}

/**
 * `?since=` as the link gives it: none, a day, or something that is not one, which the page says
 * (quoting it) rather than ignore in silence.
 */
export type SinceParam =
  { kind: 'none' } | { kind: 'day'; day: string } | { kind: 'invalid'; text: string };

export const NO_SINCE: SinceParam = { kind: 'none' };

/** The parameter for a day to show changes since, or for none. */
export const sinceParam = (day: string | null): SinceParam =>
  day === null ? NO_SINCE : { kind: 'day', day };

/** A day of the calendar written YYYY-MM-DD, as a date input gives it. */
export function isIsoDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parsePartialDate(text).kind === 'ok';
}

function parseSince(text: string | null): SinceParam {
  const value = text?.trim() ?? '';
  if (value === '') return NO_SINCE;
  return isIsoDay(value) ? { kind: 'day', day: value } : { kind: 'invalid', text: value };
}

/**
 * Where `?at=` asks the timeline to open: at its newest event, or somewhere the app does not
 * know, which the page names in a notice.
 */
export type OpenAt = { kind: 'latest' } | { kind: 'unknown'; value: string };

export const EMPTY_URL_STATE: UrlState = {
  event: null,
  topics: [],
  q: '',
  data: null,
  file: null,
  embed: false,
  lang: null,
  story: null,
  group: 'none',
  at: null,
  live: true,
  since: NO_SINCE,
};

export function parseUrl(search: string): UrlState {
  const params = new URLSearchParams(search);
  const event = params.get('event')?.trim() || null;
  const topics = [
    ...new Set(
      (params.get('topics') ?? '')
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const q = params.get('q')?.trim() ?? '';
  const data = params.get('data')?.trim() || null;
  // A link names one store: a web address wins over a file, which it could never open.
  const file = data === null ? params.get('file')?.trim() || null : null;
  const embed = params.get('embed') === '1';
  const asked = params.get('lang')?.trim().toLowerCase();
  const lang = isLocale(asked) ? asked : null;
  const step = params.get('story')?.trim() ?? '';
  const story = /^\d{1,9}$/.test(step) && Number(step) >= 1 ? Number(step) : null;
  const grouping = params.get('group')?.trim().toLowerCase();
  const group: GroupBy = isGroupBy(grouping) ? grouping : 'none';
  // An event named outright, or by the story's step, is where the timeline opens: `?at=` is not.
  const place = story === null && event === null ? params.get('at')?.trim() || null : null;
  const at: OpenAt | null =
    place === null
      ? null
      : place.toLowerCase() === 'latest'
        ? { kind: 'latest' }
        : { kind: 'unknown', value: place };
  const live = params.get('live')?.trim() !== '0';
  const since = parseSince(params.get('since'));
  return {
    event: story === null ? event : null,
    topics,
    q,
    data,
    file,
    embed,
    lang,
    story,
    group,
    at,
    live,
    since,
  };
}

/** The query string for a state, "" when there is nothing to say; stable parameter order. */
export function formatUrl(state: UrlState): string {
  const parts: string[] = [];
  if (state.data) parts.push(`data=${encode(state.data)}`);
  else if (state.file) parts.push(`file=${encode(state.file)}`);
  // The story's step names the open event: `?event=` beside it could only disagree.
  if (state.story !== null) parts.push(`story=${state.story}`);
  else if (state.event) parts.push(`event=${encode(state.event)}`);
  else if (state.at?.kind === 'latest') parts.push('at=latest');
  // Joined by a literal comma, not URLSearchParams' %2C, so shared links stay readable.
  if (state.topics.length) parts.push(`topics=${state.topics.map(encode).join(',')}`);
  if (state.q) parts.push(`q=${encode(state.q).replace(/%20/g, '+')}`);
  if (state.group !== 'none') parts.push(`group=${state.group}`);
  if (state.since.kind === 'day') parts.push(`since=${encode(state.since.day)}`);
  if (state.embed) parts.push('embed=1');
  if (!state.live) parts.push('live=0');
  if (state.lang) parts.push(`lang=${state.lang}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * encodeURIComponent throws on half of a surrogate pair, which a pasted search can hold; the
 * replacement character stands in for it, as a browser reading the link would show it anyway.
 */
const encode = (text: string) => encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'));

/**
 * The query string of a link to one event, keeping `?data=` or `?file=` to name the same store;
 * never `?embed=1`: a shared link opens the full page.
 */
export function eventSearch(id: string, currentSearch: string): string {
  const { data, file } = parseUrl(currentSearch);
  return formatUrl({ ...EMPTY_URL_STATE, event: id, data, file });
}
