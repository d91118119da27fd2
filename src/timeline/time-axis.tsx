import { useLayoutEffect, useRef } from 'react';
import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';

/** A generous estimate of a tick label's width at the axis' 12 px, without a layout read per frame. */
const GLYPH = 7;
const SLACK = 10;

/** Ticks adapt from years to months to days as the scale narrows (d3's multi-scale format). */
export function TimeAxis({ scale, width }: { scale: ScaleTime<number, number>; width: number }) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const axis = axisBottom(scale)
      .ticks(Math.max(2, Math.floor(width / 110)))
      .tickSizeOuter(0);
    // A label centred on a tick near either edge would be cut: anchor it inward instead.
    select(ref.current)
      .call(axis)
      .selectAll<SVGTextElement, Date>('.tick text')
      .attr('text-anchor', function (d) {
        const half = ((this.textContent ?? '').length * GLYPH + SLACK) / 2;
        const at = scale(d);
        return at < half ? 'start' : at > width - half ? 'end' : 'middle';
      });
  }, [scale, width]);
  return (
    <svg className="time-axis" width={width} height={28} aria-hidden="true">
      <g ref={ref} />
    </svg>
  );
}
