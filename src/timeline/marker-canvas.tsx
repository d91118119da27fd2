import { useLayoutEffect, useRef } from 'react';
import type { TimelineEvent } from '../data/schema.ts';
import { drawMarkers } from './draw-markers.ts';
import type { LayoutItem } from './lib/layout.ts';
import { prepareCanvas } from './prepare-canvas.ts';
import { useCanvasPalette } from '../ui/theme.ts';

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
  // A canvas keeps what it drew: it follows the theme and forced colors by redrawing.
  const palette = useCanvasPalette();
  useLayoutEffect(() => {
    const context = prepareCanvas(ref.current, width, height);
    if (!context) return;
    drawMarkers(context, items, {
      width,
      height,
      colorOf: (event) => palette.topic(colorOf(event)),
      selectedId,
      ink: palette.ink,
    });
  }, [items, width, height, colorOf, selectedId, palette]);
  return (
    <canvas ref={ref} className="timeline__canvas" style={{ width, height }} aria-hidden="true" />
  );
}
