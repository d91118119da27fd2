import { memo } from 'react';
import { formatRange } from './lib/format-range.ts';

interface ClusterMarkerProps {
  itemKey: string;
  count: number;
  start: number;
  end: number;
  x: number;
  top: number;
  /** The timeline's one tab stop (a roving tabindex). */
  tabbable: boolean;
  onExpand: (start: number, end: number) => void;
}

// One formatter for every badge and frame: toLocaleString builds a new one on each call.
const COUNT = new Intl.NumberFormat('en-US');

/** Events that would overlap at this zoom, as one badge that zooms in to its range. */
export const ClusterMarker = memo(function ClusterMarker({
  itemKey,
  count,
  start,
  end,
  x,
  top,
  tabbable,
  onExpand,
}: ClusterMarkerProps) {
  const label = `${COUNT.format(count)} events, ${formatRange(start, end)}`;
  return (
    <button
      type="button"
      className="cluster-marker"
      data-item-key={itemKey}
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      title={`${label}: zoom in`}
      style={{ transform: `translate(${x}px, ${top}px)` }}
      onClick={() => onExpand(start, end)}
    >
      +{COUNT.format(count)}
    </button>
  );
});
