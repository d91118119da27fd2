import { setThemeChoice, useTheme } from './theme.ts';
import { t } from '../i18n/messages.ts';

/**
 * "Dark mode", pressed while the page is dark, whether the reader or the system chose it. A press
 * stores an explicit choice, so turning dark off under a dark system gives light, and stays light.
 */
export function ThemeToggle() {
  const dark = useTheme() === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      onClick={() => setThemeChoice(dark ? 'light' : 'dark')}
    >
      <span className="theme-toggle__icon" aria-hidden="true" />
      <span className="theme-toggle__label">{t().darkMode}</span>
    </button>
  );
}
