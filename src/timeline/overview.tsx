import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Era, TimelineEvent } from '../data/schema.ts';
import { eraColor } from './lib/eras.ts';
import { formatRange } from './lib/format-range.ts';
import { snappedFrame } from './lib/overview-frame.ts';
import type { TimeScale } from './lib/time-scale.ts';
import { prepareCanvas } from './prepare-canvas.ts';
import { useOnWindow } from './use-on-window.ts';
import { useCanvasPalette } from '../ui/theme.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { t } from '../i18n/messages.ts';

interface OverviewProps {
  /** The full range (fit all) mapped onto the overview's width. */
  base: TimeScale;
  width: number;
  events: readonly TimelineEvent[];
  colorOf: (event: TimelineEvent) => string;
  onCenter: (time: number) => void;
  onPan: (fraction: number) => void;
  /** Drawn behind the events, as on the timeline. */
  eras: readonly Era[];
}

const HEIGHT = 28;

/** Up to this many events the overview draws each one in its topic's color. */
const PER_EVENT_LIMIT = 3000;

/**
 * The whole range at a glance, with the current window; click or drag to jump. Drawn on a
 * canvas because it shows every event, however many there are.
 */
export function Overview({ base, width, events, colorOf, onCenter, onPan, eras }: OverviewProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const sliderRef = useRef<HTMLDivElement>(null);
  const windowRef = useRef<HTMLDivElement>(null);
  const [d0, d1] = base.domain;

  // The window's frame and the slider's value follow every zoom frame, without a render. The
  // frame moves by a transform at whole pixels (where its box would snap to anyway), and each
  // value is written only when it changes: a pan then costs no layout, and most frames no write.
  const hydrated = useHydrated();
  const size = hydrated ? { width, height: HEIGHT } : undefined;
  const written = useRef({ x: NaN, width: NaN, now: '', text: '' });
  useOnWindow((view) => {
    const slider = sliderRef.current;
    const frame = windowRef.current;
    if (!slider || !frame) return;
    const { x, width: frameWidth } = snappedFrame(base(view[0]), base(view[1]), width);
    const last = written.current;
    if (x !== last.x) frame.style.transform = `translateX(${(last.x = x)}px)`;
    if (frameWidth !== last.width) frame.style.width = `${(last.width = frameWidth)}px`;
    const center = (view[0] + view[1]) / 2;
    const now = String(Math.round(((center - d0) / Math.max(d1 - d0, 1)) * 100));
    if (now !== last.now) slider.setAttribute('aria-valuenow', (last.now = now));
    const text = t().showingRange(formatRange(view[0], view[1]));
    if (text !== last.text) slider.setAttribute('aria-valuetext', (last.text = text));
  }, base.domain);
  const palette = useCanvasPalette();

  useEffect(() => {
    // Hydrating, the width is still the server's guess: the render that sizes the canvas draws it.
    if (!hydrated) return;
    const context = prepareCanvas(canvasRef.current, width, HEIGHT);
    if (!context) return;
    context.clearRect(0, 0, width, HEIGHT);
    context.globalAlpha = 0.18;
    eras.forEach((era, i) => {
      const x0 = base(era.start);
      context.fillStyle = palette.topic(eraColor(era, i));
      context.fillRect(x0, 0, Math.max(base(era.end) - x0, 1), HEIGHT);
    });
    if (events.length <= PER_EVENT_LIMIT) {
      context.globalAlpha = 0.8;
      for (const event of events) {
        const x0 = base(event.date.start);
        const x1 = base(event.date.end);
        context.fillStyle = palette.topic(colorOf(event));
        context.fillRect(x0, 6, Math.max(x1 - x0, 2), HEIGHT - 12);
      }
      return;
    }
    // Many events: a histogram of start dates, one bar per pixel column, so drawing costs the
    // same at 100,000 events as at 3,000.
    const counts = new Uint32Array(Math.max(1, Math.ceil(width)));
    // A UTC scale is linear in milliseconds: plain arithmetic beats 100,000 scale calls.
    const perMs = width / Math.max(d1 - d0, 1);
    let most = 1;
    for (const event of events) {
      const at = Math.floor((event.date.start - d0) * perMs);
      const column = Math.min(counts.length - 1, Math.max(0, at));
      most = Math.max(most, ++(counts[column] as number));
    }
    context.globalAlpha = 1;
    context.fillStyle = palette.muted;
    const scale = (HEIGHT - 4) / Math.log1p(most);
    counts.forEach((count, column) => {
      if (!count) return;
      const h = Math.max(2, Math.log1p(count) * scale);
      context.fillRect(column, HEIGHT - 2 - h, 1, h);
    });
  }, [hydrated, base, width, events, colorOf, palette, d0, d1, eras]);

  const jump = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onCenter(base.invert(event.clientX - box.left));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The ARIA slider pattern: arrows move a little, Page Up/Down a whole window, Home/End the ends.
    const steps: Record<string, number> = {
      ArrowLeft: -0.25,
      ArrowDown: -0.25,
      ArrowRight: 0.25,
      ArrowUp: 0.25,
      PageDown: -1,
      PageUp: 1,
    };
    const step = steps[event.key];
    if (step !== undefined) onPan(step);
    else if (event.key === 'Home') onCenter(d0);
    else if (event.key === 'End') onCenter(d1);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <>
      {/* Seen, not read: the slider's own name says it, in full ("Overview of the whole
          timeline", which holds these words, as a name must hold its visible label). */}
      <p className="overview__label" aria-hidden="true">
        {t().overviewCaption}
      </p>
      {/* aria-valuenow and aria-valuetext follow the window in useOnWindow above. */}
      <div
        ref={sliderRef}
        className="overview"
        role="slider"
        tabIndex={0}
        aria-label={t().overviewLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={0}
        style={size}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture?.(event.pointerId);
          jump(event);
        }}
        onPointerMove={(event) => {
          if (event.buttons === 1) jump(event);
        }}
        onKeyDown={onKeyDown}
      >
        <canvas ref={canvasRef} style={size} aria-hidden="true" />
        <div ref={windowRef} className="overview__window" aria-hidden="true" />
      </div>
    </>
  );
}
