import { useBrowserValue } from '../ui/use-hydrated.ts';
import { useMediaQuery } from '../ui/use-media-query.ts';
import { zoomModifierLabel } from './lib/gestures.ts';
import { t } from '../i18n/messages.ts';

/** A finger is the main pointer: no hover, or a coarse pointer. */
const TOUCH_QUERY = '(pointer: coarse), (hover: none)';

/** The legend's line on how to zoom and pan, for the device in the reader's hands. */
export function GestureHelp() {
  const touch = useMediaQuery(TOUCH_QUERY);
  // A prerendered page says Ctrl until the browser says otherwise.
  const modifier = useBrowserValue(() => zoomModifierLabel(navigator), 'Ctrl');
  return (
    <span className="timeline__hint">{touch ? t().touchHelp : t().pointerHelp(modifier)}</span>
  );
}
