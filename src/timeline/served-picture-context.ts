import { createContext } from 'react';

/**
 * The timeline's picture a page built ahead of time was served with (frame-picture.ts), as
 * markup, or null for a page rendered afresh. The server renders it from the build's drawing;
 * the client, hydrating, renders the same markup read back from the page (readServedPicture), so
 * that both renders agree and the picture stays until the canvas has drawn.
 */
export const ServedPictureContext = createContext<string | null>(null);

export const SERVED_PICTURE_CLASS = 'timeline__picture';

/** The picture's markup in a served page's root, or null where it holds none. */
export function readServedPicture(root: ParentNode): string | null {
  return root.querySelector(`.${SERVED_PICTURE_CLASS}`)?.innerHTML ?? null;
}
