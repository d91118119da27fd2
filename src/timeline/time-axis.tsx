import { useLayoutEffect, useRef } from 'react';
import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';

/** Ticks adapt from years to months to days as the scale narrows (d3's multi-scale format). */
export function TimeAxis({ scale, width }: { scale: ScaleTime<number, number>; width: number }) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const axis = axisBottom(scale)
      .ticks(Math.max(2, Math.floor(width / 110)))
      .tickSizeOuter(0);
    select(ref.current).call(axis);
  }, [scale, width]);
  return (
    <svg className="time-axis" width={width} height={28} aria-hidden="true">
      <g ref={ref} />
    </svg>
  );
}
