/**
 * What an embedded timeline and the page around it say to each other through `postMessage`, in
 * Pym.js' format: `pymxPYMx<childId>xPYMx<type>xPYMx<message>`. Three types:
 * - `height` (child → host): the document's height in CSS pixels, as Pym.js sends it, so a
 *   Pym.js parent can size our iframe too;
 * - `scrollToChildPos` (child → host): a place in the child's document, in CSS pixels from its
 *   top, to bring into the reader's view (the details the reader just opened), under Pym.js'
 *   name, so that a Pym.js parent scrolls there too;
 * - `newsline-event` (both ways): the open event's id, or nothing when none is open.
 * The host also accepts Datawrapper's height message, `{"datawrapper-height": {"<childId>": px}}`.
 * Everything here is pure: the two sides (src/embed, src/app) add the windows and origins.
 */

import { assertNever } from './assert-never.ts';
import { isSlug } from './slug.ts';

const PREFIX = 'pym';
const SEPARATOR = 'xPYMx';

export const HEIGHT = 'height';
export const SCROLL = 'scrollToChildPos';
export const EVENT = 'newsline-event';

/** A page is not taller than this; a bigger "height" is a forgery or a runaway layout. */
export const MAX_EMBED_HEIGHT = 100_000;

export type EmbedMessage =
  | { type: typeof HEIGHT; childId: string; height: number }
  | { type: typeof SCROLL; childId: string; position: number }
  | { type: typeof EVENT; childId: string; eventId: string | null };

// Ours are `newsline-1` or an element's id; Pym.js' are like `pym-1`. Never the separator.
const CHILD_ID = /^[A-Za-z][\w:.-]{0,99}$/;

export const isChildId = (id: string): boolean => CHILD_ID.test(id) && !id.includes(SEPARATOR);

/** The ids the data schema allows; anything else in a message is not an event of ours. */
export const isEventId = isSlug;

export function formatEmbedMessage(message: EmbedMessage): string {
  return [PREFIX, message.childId, message.type, messageBody(message)].join(SEPARATOR);
}

function messageBody(message: EmbedMessage): string {
  switch (message.type) {
    case HEIGHT:
      return String(message.height);
    case SCROLL:
      return String(message.position);
    case EVENT:
      return message.eventId ?? '';
    default:
      return assertNever(message);
  }
}

/** The messages in a `postMessage` payload we understand; nothing for anything else. */
export function parseEmbedMessages(data: unknown): EmbedMessage[] {
  if (typeof data === 'string') {
    const message = parsePym(data);
    return message ? [message] : [];
  }
  return parseDatawrapper(data);
}

function parsePym(data: string): EmbedMessage | null {
  const [prefix, childId, type, ...rest] = data.split(SEPARATOR);
  if (prefix !== PREFIX || childId === undefined || !isChildId(childId)) return null;
  const body = rest.join(SEPARATOR);
  if (type === HEIGHT) {
    const height = parseHeight(body);
    return height === null ? null : { type: HEIGHT, childId, height };
  }
  if (type === SCROLL) {
    const position = parsePosition(body);
    return position === null ? null : { type: SCROLL, childId, position };
  }
  if (type === EVENT) {
    if (body === '') return { type: EVENT, childId, eventId: null };
    return isEventId(body) ? { type: EVENT, childId, eventId: body } : null;
  }
  return null;
}

function parseDatawrapper(data: unknown): EmbedMessage[] {
  if (typeof data !== 'object' || data === null || !('datawrapper-height' in data)) return [];
  const heights: unknown = data['datawrapper-height'];
  if (typeof heights !== 'object' || heights === null) return [];
  const messages: EmbedMessage[] = [];
  for (const [childId, value] of Object.entries(heights)) {
    const height = parseHeight(value);
    if (isChildId(childId) && height !== null) messages.push({ type: HEIGHT, childId, height });
  }
  return messages;
}

const DECIMAL = /^\d+(?:\.\d+)?$/;

/** A number of pixels as a message holds it: digits, with a decimal fraction; else NaN. */
function pixels(value: unknown): number {
  // `+"0x10"` would be 16 and `+"1e3"` a thousand.
  if (typeof value === 'number') return value;
  return typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value.trim()) : NaN;
}

/** A height in whole pixels, rounded up so that nothing is cut off; null if not a sane one. */
export function parseHeight(value: unknown): number | null {
  const number = pixels(value);
  if (!Number.isFinite(number) || number <= 0 || number > MAX_EMBED_HEIGHT) return null;
  return Math.ceil(number);
}

/** A place in a page, in whole pixels from its top; null if it could not be in one. */
export function parsePosition(value: unknown): number | null {
  const number = pixels(value);
  if (!Number.isFinite(number) || number < 0 || number > MAX_EMBED_HEIGHT) return null;
  return Math.floor(number);
}

/** The parts of a `MessageEvent` that say who sent it. */
export interface ReceivedMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

/**
 * The messages of `received` meant for us: sent by the one window we talk to (`from`), from its
 * origin, about our child id. A message from any other window, origin or embed is dropped whole.
 */
export function acceptMessages(
  received: ReceivedMessage,
  from: { source: unknown; origin: string; childId: string },
): EmbedMessage[] {
  if (received.source === null || received.source !== from.source) return [];
  if (received.origin !== from.origin || received.origin === 'null') return [];
  return parseEmbedMessages(received.data).filter((m) => m.childId === from.childId);
}

/** An http(s) URL's origin, or null: the only kind of page we post state to. */
export function webOrigin(url: string, base?: string): string | null {
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * What the host told the app in its iframe's address, with Pym.js' parameter names: its child id
 * and its page (`parentUrl`, of which the app keeps only the origin, to post to).
 */
export interface EmbedChannelParams {
  childId: string;
  parentOrigin: string;
}

export function parseEmbedChannelParams(search: string): EmbedChannelParams | null {
  const params = new URLSearchParams(search);
  const childId = params.get('childId') ?? '';
  const parentOrigin = webOrigin(params.get('parentUrl') ?? '');
  return isChildId(childId) && parentOrigin ? { childId, parentOrigin } : null;
}

/**
 * The iframe's address: the snippet's `data-src` (resolved against the host page), in embed mode,
 * with the channel parameters and, when the host's link names one, the event to open.
 */
export function embedFrameUrl(
  dataSrc: string,
  pageUrl: string,
  channel: { childId: string; eventId: string | null },
): URL | null {
  let url: URL;
  try {
    url = new URL(dataSrc, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const params = url.searchParams;
  params.set('embed', '1');
  params.set('childId', channel.childId);
  params.set('parentUrl', new URL(pageUrl).origin);
  if (channel.eventId !== null) params.set('event', channel.eventId);
  return url;
}

/**
 * The host page's deep link, `#newsline-event=<id>`: it opens the event in the page's first
 * timeline, or in the one `&newsline-embed=<childId>` names when a page holds several.
 */
export interface HostLink {
  eventId: string;
  childId: string | null;
}

const HASH_EVENT = 'newsline-event';
const HASH_EMBED = 'newsline-embed';

export function parseHostHash(hash: string): HostLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const eventId = params.get(HASH_EVENT) ?? '';
  const childId = params.get(HASH_EMBED);
  if (!isEventId(eventId)) return null;
  return { eventId, childId: childId !== null && isChildId(childId) ? childId : null };
}

/** The hash for a link, naming the embed only when it is not the page's first. */
export function formatHostHash(link: HostLink, first: boolean): string {
  const embed = first || link.childId === null ? '' : `&${HASH_EMBED}=${link.childId}`;
  return `#${HASH_EVENT}=${link.eventId}${embed}`;
}

/** Whether a host link is meant for the embed `childId` (`first`: the page's first embed). */
export function linkTargets(link: HostLink, childId: string, first: boolean): boolean {
  return link.childId === null ? first : link.childId === childId;
}
