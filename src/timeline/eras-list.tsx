import type { Era } from '../data/schema.ts';
import { formatIsoForReaders } from '../data/partial-date.ts';
import { useCanvasPalette } from '../ui/theme.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { t } from '../i18n/messages.ts';
import { eraColor, inTimeOrder } from './lib/eras.ts';

/**
 * The dataset's eras as a key under the timeline, in time order: each one's colour, title and
 * dates as the data gives them. The canvas draws them behind the lanes; this is where a reader, or a screen reader,
 * finds them in words, whole, however narrow the era is on screen.
 */
export function ErasList({ eras }: { eras: readonly Era[] }) {
  const palette = useCanvasPalette();
  // Coloured once the script runs: a style attribute in the page built ahead of time is inline
  // style, which the pages' security policy forbids (React sets it through the DOM instead).
  const hydrated = useHydrated();
  if (!eras.length) return null;
  return (
    <ul className="eras-list" aria-label={t().eras}>
      {inTimeOrder(eras).map(({ era, index }) => (
        <li key={era.id}>
          <span
            className="eras-list__swatch"
            aria-hidden="true"
            style={hydrated ? { background: palette.topic(eraColor(era, index)) } : undefined}
          />
          {t().eraItem(
            era.title,
            `${formatIsoForReaders(era.written.start)} – ${formatIsoForReaders(era.written.end)}`,
          )}
        </li>
      ))}
    </ul>
  );
}
