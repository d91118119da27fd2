/**
 * embed.js, the script of the embed snippet, run on a newsroom's page (built to a classic script
 * with a stable name: build/embed-script-plugin.ts). It turns each `.newsline-embed[data-src]`
 * into an iframe of the app in embed mode, sizes the iframe to the height the app reports, and
 * carries the host's `#newsline-event=<id>` link into the iframe and the iframe's selection back
 * into the host's address. It listens only to its own iframes, from their origin.
 */
import { assertNever } from '../lib/assert-never.ts';
import {
  acceptMessages,
  EVENT,
  embedFrameUrl,
  formatEmbedMessage,
  formatHostHash,
  HEIGHT,
  linkTargets,
  parseHostHash,
  SCROLL,
  type EmbedMessage,
} from '../lib/embed-messages.ts';

const SELECTOR = '.newsline-embed[data-src]';
const READY = 'data-newsline-embed-ready';
// Until the app says how tall it is: about a screen of timeline, so a lazy frame has a size.
const INITIAL_HEIGHT = 600;
// Room left above a place the app asks to show, so that it does not touch the screen's edge.
const SCROLL_MARGIN = 16;

interface Embed {
  childId: string;
  frame: HTMLIFrameElement;
  origin: string;
}

const embeds: Embed[] = [];

/** The embed's id: its element's own id, else its place among the page's embeds. */
function childIdOf(element: Element, index: number): string {
  return element.id && /^[A-Za-z][\w:.-]{0,99}$/.test(element.id)
    ? element.id
    : `newsline-${index + 1}`;
}

const isFirst = (childId: string) =>
  childIdOf(document.querySelector(SELECTOR) ?? document.body, 0) === childId;

function insertFrames(): void {
  const link = parseHostHash(location.hash);
  document.querySelectorAll<HTMLElement>(SELECTOR).forEach((element, index) => {
    if (element.hasAttribute(READY)) return;
    const childId = childIdOf(element, index);
    const eventId = link && linkTargets(link, childId, index === 0) ? link.eventId : null;
    const url = embedFrameUrl(element.dataset.src ?? '', location.href, { childId, eventId });
    if (!url) return;
    element.setAttribute(READY, '');

    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = element.dataset.title || 'Interactive timeline';
    frame.loading = 'lazy';
    frame.setAttribute('scrolling', 'no');
    // Through the CSSOM: a host's Content-Security-Policy may forbid style attributes.
    Object.assign(frame.style, {
      display: 'block',
      width: '100%',
      height: `${INITIAL_HEIGHT}px`,
      border: '0',
    });
    element.replaceChildren(frame);
    embeds.push({ childId, frame, origin: url.origin });
  });
}

function onMessage(event: MessageEvent): void {
  for (const embed of embeds) {
    const messages = acceptMessages(event, {
      source: embed.frame.contentWindow,
      origin: embed.origin,
      childId: embed.childId,
    });
    messages.forEach((message) => apply(embed, message));
  }
}

function apply(embed: Embed, message: EmbedMessage): void {
  switch (message.type) {
    case HEIGHT:
      embed.frame.style.height = `${message.height}px`;
      return;
    case SCROLL:
      reveal(embed.frame, message.position);
      return;
    case EVENT:
      writeHash(embed.childId, message.eventId);
      return;
    default:
      assertNever(message);
  }
}

/**
 * Scrolls the article so that a place in the frame (the details the reader just opened) is in
 * view, unless it already shows in the upper half of the screen, where the reader is looking.
 */
function reveal(frame: HTMLIFrameElement, position: number): void {
  const top = frame.getBoundingClientRect().top + position;
  if (top >= 0 && top <= window.innerHeight / 2) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({
    top: window.scrollY + top - SCROLL_MARGIN,
    behavior: still ? 'auto' : 'smooth',
  });
}

/** The iframe's selection into the host's address, replacing (Back stays the reader's own). */
function writeHash(childId: string, eventId: string | null): void {
  const current = parseHostHash(location.hash);
  const first = isFirst(childId);
  let hash: string;
  if (eventId !== null) {
    hash = formatHostHash({ eventId, childId }, first);
  } else if (current && linkTargets(current, childId, first)) {
    hash = ''; // the link was to this embed's event, now closed
  } else {
    return; // the link, if any, names another embed or the host's own anchor
  }
  if (hash === location.hash || (hash === '' && !location.hash)) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

/** A link followed on the host page (or typed into its address) opens the event in its embed. */
function onHashChange(): void {
  const link = parseHostHash(location.hash);
  if (!link) return;
  embeds.forEach((embed) => {
    if (!linkTargets(link, embed.childId, isFirst(embed.childId))) return;
    const message = formatEmbedMessage({
      type: EVENT,
      childId: embed.childId,
      eventId: link.eventId,
    });
    embed.frame.contentWindow?.postMessage(message, embed.origin);
  });
}

function start(): void {
  insertFrames();
  window.addEventListener('message', onMessage);
  window.addEventListener('hashchange', onHashChange);
}

// Loaded `async`, the script may run before the rest of the page is parsed.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
