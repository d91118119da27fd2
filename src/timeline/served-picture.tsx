import { useContext } from 'react';
import { SERVED_PICTURE_CLASS, ServedPictureContext } from './served-picture-context.ts';

/**
 * The served page's picture of the timeline, over the axis and the track, until the canvas has
 * drawn the same frame (`drawn`). Hidden from assistive technology: the marker buttons, and
 * without JavaScript the list of events, name every event.
 */
export function ServedPicture({ drawn }: { drawn: boolean }) {
  const markup = useContext(ServedPictureContext);
  if (markup === null || drawn) return null;
  return (
    <div
      className={SERVED_PICTURE_CLASS}
      aria-hidden="true"
      // Markup built from escaped text only (svg-surface.ts, frame-picture.ts), and on the client
      // the page's own, read back from it.
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
