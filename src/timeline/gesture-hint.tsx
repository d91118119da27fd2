import { useEffect, useState, type RefObject } from 'react';
import { prefersReducedMotion } from '../ui/motion.ts';
import { wheelIntent, zoomModifierLabel } from './lib/gestures.ts';
import { t } from '../i18n/messages.ts';

/** How long the hint stays after the last wheel, then how long it takes to fade. */
const SHOW_MS = 1500;
const FADE_MS = 300;

type Phase = 'hidden' | 'shown' | 'fading';

/**
 * A plain wheel over the timeline scrolls the page; this tells the reader, briefly and without
 * blocking anything, how to zoom instead. The live region is always there, so that the text
 * appearing is announced; further wheels keep it up without announcing it again.
 */
export function GestureHint({ targetRef }: { targetRef: RefObject<HTMLElement | null> }) {
  const [phase, setPhase] = useState<Phase>('hidden');

  useEffect(() => {
    const node = targetRef.current;
    if (!node) return;
    let timer = 0;
    const onWheel = (event: WheelEvent) => {
      if (wheelIntent(event) !== 'scroll' || (!event.deltaY && !event.deltaX)) return;
      setPhase('shown');
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const fade = prefersReducedMotion() ? 0 : FADE_MS;
        setPhase('fading');
        timer = window.setTimeout(() => setPhase('hidden'), fade);
      }, SHOW_MS);
    };
    node.addEventListener('wheel', onWheel, { passive: true });
    return () => {
      clearTimeout(timer);
      node.removeEventListener('wheel', onWheel);
    };
  }, [targetRef]);

  // The region stays put and only its content comes and goes, so screen readers announce it.
  return (
    <div className="gesture-hint" role="status" aria-live="polite" aria-label={t().zoomHintLabel}>
      {phase !== 'hidden' && (
        <span className="gesture-hint__text" data-fading={phase === 'fading' || undefined}>
          {t().zoomHint(zoomModifierLabel(navigator))}
        </span>
      )}
    </div>
  );
}
