import { memo } from 'react';

interface ClusterMarkerProps {
  itemKey: string;
  /** The timeline's one tab stop (a roving tabindex). */
  tabbable: boolean;
  onExpand: (start: number, end: number) => void;
}

/**
 * Events that would overlap at this zoom, as one badge that zooms in to its range. Its count,
 * name ("8 events, March 2018") and range change as the view moves and are set frame by frame
 * outside React (frame-buttons.ts), with its place.
 */
export const ClusterMarker = memo(function ClusterMarker({
  itemKey,
  tabbable,
  onExpand,
}: ClusterMarkerProps) {
  return (
    // The accessible name is set with the count, before the first paint (useLayoutEffect).
    <button
      type="button"
      className="cluster-marker"
      data-item-key={itemKey}
      tabIndex={tabbable ? 0 : -1}
      onClick={(event) => {
        const { start, end } = event.currentTarget.dataset;
        onExpand(Number(start), Number(end));
      }}
    />
  );
});
