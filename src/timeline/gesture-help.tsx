import { useBrowserValue } from '../ui/use-hydrated.ts';
import { zoomModifierLabel } from './lib/gestures.ts';
import { t } from '../i18n/messages.ts';

/**
 * The legend's line on how to zoom and pan, for the device in the reader's hands. Both lines are
 * in the markup and the stylesheet shows one (`pointer: coarse`, `hover: none`: a finger): asked
 * in script, the question would be answered only after hydration, and a phone would first read
 * the mouse's line in the page served to it.
 */
export function GestureHelp() {
  // A prerendered page says Ctrl until the browser says otherwise.
  const modifier = useBrowserValue(() => zoomModifierLabel(navigator), 'Ctrl');
  return (
    <span className="timeline__hint">
      <span className="gesture-help--fine">{t().pointerHelp(modifier)}</span>
      <span className="gesture-help--touch">{t().touchHelp}</span>
    </span>
  );
}
