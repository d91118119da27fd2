import { useRef } from 'react';
import {
  AXIS_HEIGHT as HEIGHT,
  axisTicks,
  TICK_LABEL_Y,
  TICK_LENGTH as TICK,
  tickTransform,
  type Tick,
} from './lib/axis-ticks.ts';
import { timeScale } from './lib/time-scale.ts';
import { useOnWindow } from './use-on-window.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Ticks from years to months to days as the window narrows (d3-time's calendar intervals), redrawn
 * every zoom frame by reusing their SVG nodes: no render, no new elements while the view moves.
 */
export function TimeAxis({
  width,
  fallback,
}: {
  width: number;
  fallback: readonly [number, number];
}) {
  const ref = useRef<SVGGElement>(null);
  useOnWindow((view) => {
    const group = ref.current;
    if (!group) return;
    const ticks = axisTicks(view, width, timeScale(view, width));
    while (group.children.length < ticks.length) group.append(createTick());
    while (group.children.length > ticks.length) group.lastChild?.remove();
    // Only what changed is written: most of a pan's frames move the ticks and keep their text.
    for (let i = 0; i < ticks.length; i++) {
      const tick = ticks[i] as Tick;
      const g = group.children[i] as SVGGElement;
      const transform = tickTransform(tick.x);
      if (g.getAttribute('transform') !== transform) g.setAttribute('transform', transform);
      const text = g.lastChild as SVGTextElement;
      if (text.textContent !== tick.label) text.textContent = tick.label;
      if (text.getAttribute('text-anchor') !== tick.anchor)
        text.setAttribute('text-anchor', tick.anchor);
    }
  }, fallback);
  return (
    <svg className="time-axis" width={width} height={HEIGHT} aria-hidden="true">
      <g ref={ref} />
    </svg>
  );
}

/** A tick at the axis's foot, pointing down into the lanes below it, its label above. */
function createTick(): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  g.setAttribute('class', 'tick');
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('y1', String(HEIGHT - TICK));
  line.setAttribute('y2', String(HEIGHT));
  const text = document.createElementNS(SVG, 'text');
  text.setAttribute('y', String(TICK_LABEL_Y));
  g.append(line, text);
  return g;
}
