import { useLayoutEffect, useRef } from 'react';
import type { TimelineEvent } from '../data/schema.ts';
import { drawMarkers, LABEL_FONT } from './draw-markers.ts';
import type { LayoutItem } from './lib/layout.ts';

interface MarkerCanvasProps {
  items: readonly LayoutItem[];
  width: number;
  height: number;
  colorOf: (event: TimelineEvent) => string;
  selectedId: string | null;
}

/** The picture of the markers; the buttons above it carry the names, focus and clicks. */
export function MarkerCanvas({ items, width, height, colorOf, selectedId }: MarkerCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = globalThis.devicePixelRatio || 1;
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawMarkers(context, items, {
      width,
      height,
      colorOf,
      selectedId,
      font: LABEL_FONT,
      ink: '#1f2328',
    });
  }, [items, width, height, colorOf, selectedId]);
  return (
    <canvas ref={ref} className="timeline__canvas" style={{ width, height }} aria-hidden="true" />
  );
}
