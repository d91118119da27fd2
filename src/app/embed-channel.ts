import {
  acceptMessages,
  EVENT,
  formatEmbedMessage,
  parseEmbedChannelParams,
  SCROLL,
  type EmbedMessage,
} from '../lib/embed-messages.ts';
import { selectEventById, type TimelineStore } from '../state/store.ts';

/**
 * The app's side of an embed (docs/embedding.md), when it runs in an iframe whose address names
 * its host (`childId`, `parentUrl`, as embed.js and Pym.js write them): it reports the page's
 * height whenever it changes and the open event whenever it changes, asks the host to bring the
 * details into view when the reader opens an event with a click, and opens the event the host
 * asks for. It posts only to the host's origin, so a page that framed us under another's name
 * hears nothing, and it listens only to its parent window, from that origin.
 */
export function startEmbedChannel(
  store: TimelineStore,
  win: Window & typeof globalThis = window,
): () => void {
  const channel = parseEmbedChannelParams(win.location.search);
  if (!channel || win.parent === win) return () => undefined;
  const { childId, parentOrigin } = channel;
  const post = (message: EmbedMessage) =>
    win.parent.postMessage(formatEmbedMessage(message), parentOrigin);

  let lastHeight = 0;
  const postHeight = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight || height <= 0) return;
    lastHeight = height;
    post({ type: 'height', childId, height });
  };
  // The page grows as the data arrives, an event opens, a filter empties the list: whatever
  // changes the height of the document changes the size of its root.
  const observer = new win.ResizeObserver(postHeight);
  observer.observe(win.document.documentElement);
  postHeight();

  // The details follow the timeline in the frame, which can be a screen or more below the marker
  // clicked: the host scrolls them into view. Only for a click: an event the host's address opens,
  // or a key stepping through the markers, leaves the article where the reader has it.
  let clicking = false;
  const onClick = () => {
    clicking = true;
    win.setTimeout(() => (clicking = false));
  };
  win.addEventListener('click', onClick, true);
  let stopReveal = () => {};
  const revealDetails = (details: Element) => {
    // The frame grows to hold the details before the host scrolls to them.
    postHeight();
    const position = details.getBoundingClientRect().top + win.scrollY;
    post({ type: SCROLL, childId, position: Math.max(0, Math.floor(position)) });
  };

  const stopSelection = store.subscribe(
    (s) => s.selectedId,
    (eventId) => {
      post({ type: EVENT, childId, eventId });
      stopReveal();
      if (eventId !== null && clicking) stopReveal = whenDrawn(win, DETAILS, revealDetails);
    },
  );

  const onMessage = (event: MessageEvent) => {
    const from = { source: win.parent, origin: parentOrigin, childId };
    for (const message of acceptMessages(event, from)) {
      if (message.type !== EVENT) continue;
      const state = store.getState();
      if (message.eventId === null) state.select(null);
      else if (selectEventById(state, message.eventId)) state.select(message.eventId);
    }
  };
  win.addEventListener('message', onMessage);

  return () => {
    observer.disconnect();
    stopSelection();
    stopReveal();
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('message', onMessage);
  };
}

const DETAILS = '.details';

/**
 * Calls `then` with the element `selector` names once it is in the document (the details load
 * on demand) and laid out, in the next frame; returns a function that gives up.
 */
function whenDrawn(
  win: Window & typeof globalThis,
  selector: string,
  then: (element: Element) => void,
): () => void {
  let frame = 0;
  const found = () => {
    const element = win.document.querySelector(selector);
    if (!element) return false;
    observer.disconnect();
    frame = win.requestAnimationFrame(() => then(element));
    return true;
  };
  const observer = new win.MutationObserver(found);
  if (!found()) observer.observe(win.document.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    win.cancelAnimationFrame(frame);
  };
}
