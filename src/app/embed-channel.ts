import {
  acceptMessages,
  EVENT,
  formatEmbedMessage,
  parseEmbedChannelParams,
  type EmbedMessage,
} from '../lib/embed-messages.ts';
import { selectEventById, type TimelineStore } from '../state/store.ts';

/**
 * The app's side of an embed (docs/embedding.md), when it runs in an iframe whose address names
 * its host (`childId`, `parentUrl`, as embed.js and Pym.js write them): it reports the page's
 * height whenever it changes and the open event whenever it changes, and opens the event the host
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

  const stopSelection = store.subscribe(
    (s) => s.selectedId,
    (eventId) => post({ type: EVENT, childId, eventId }),
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
    win.removeEventListener('message', onMessage);
  };
}
