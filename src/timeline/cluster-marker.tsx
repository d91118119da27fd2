import { memo } from 'react';
import { formatRange } from './lib/format-range.ts';

interface ClusterMarkerProps {
  count: number;
  start: number;
  end: number;
  x: number;
  top: number;
  onExpand: (start: number, end: number) => void;
}

// One formatter for every badge and frame: toLocaleString builds a new one on each call.
const COUNT = new Intl.NumberFormat('en-US');

/** Events that would overlap at this zoom, as one badge that zooms in to its range. */
export const ClusterMarker = memo(function ClusterMarker({
  count,
  start,
  end,
  x,
  top,
  onExpand,
}: ClusterMarkerProps) {
  const label = `${COUNT.format(count)} events, ${formatRange(start, end)}`;
  return (
    <button
      type="button"
      className="cluster-marker"
      aria-label={label}
      title={`${label}: zoom in`}
      style={{ transform: `translate(${x}px, ${top}px)` }}
      onClick={() => onExpand(start, end)}
    >
      +{COUNT.format(count)}
    </button>
  );
});
