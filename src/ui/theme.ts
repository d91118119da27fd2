import { useSyncExternalStore } from 'react';
import { DARK_PAPER, INK, PAPER, topicColorFor, type Theme } from './contrast.ts';

export type { Theme };

export const THEME_STORAGE_KEY = 'newsline-theme';
const SYSTEM_DARK = '(prefers-color-scheme: dark)';
const FORCED_COLORS = '(forced-colors: active)';

/** A stored value as a choice; anything else (nothing stored, a stale value) follows the system. */
export function parseThemeChoice(value: unknown): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

export function resolveTheme(choice: Theme | null, systemDark: boolean): Theme {
  return choice ?? (systemDark ? 'dark' : 'light');
}

function mediaQuery(query: string): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia(query) : null;
}

function readStoredChoice(): Theme | null {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    // Storage can be blocked (privacy settings): then there is simply no stored choice.
    return null;
  }
}

// Kept in memory as well as in storage, so the toggle still works for this visit where storage is
// blocked.
let choice: Theme | null = readStoredChoice();
const listeners = new Set<() => void>();
let stopWatching: (() => void) | null = null;

/** The reader's choice, or null while the page follows the system. */
export function getThemeChoice(): Theme | null {
  return choice;
}

function currentTheme(): Theme {
  return resolveTheme(choice, mediaQuery(SYSTEM_DARK)?.matches ?? false);
}

/** Remembers the reader's choice across visits; null follows the system again. */
export function setThemeChoice(next: Theme | null): void {
  choice = next;
  try {
    if (next) localStorage.setItem(THEME_STORAGE_KEY, next);
    else localStorage.removeItem(THEME_STORAGE_KEY);
  } catch {
    // Blocked storage: the choice lasts for this visit.
  }
  notify();
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

// One set of browser listeners however many components ask, removed with the last of them.
function watch(): () => void {
  const system = mediaQuery(SYSTEM_DARK);
  // Another tab toggled the theme: follow it, as its reload would.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
    choice = readStoredChoice();
    notify();
  };
  system?.addEventListener('change', notify);
  window.addEventListener('storage', onStorage);
  return () => {
    system?.removeEventListener('change', notify);
    window.removeEventListener('storage', onStorage);
  };
}

/** Calls `listener` when the theme may have changed: the reader's choice, the system, another tab. */
function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  stopWatching ??= watch();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = null;
    }
  };
}

/** Marks the root element with the theme: the stylesheet keys every color on `data-theme`. */
function applyTheme(root: HTMLElement = document.documentElement): void {
  root.dataset.theme = currentTheme();
}

/**
 * Applies the stored or system theme now and keeps <html> in step. Called by main.tsx before the
 * first render, so a dark page never flashes light: an inline script in index.html would do it
 * earlier still, but the Content-Security-Policy allows no inline script.
 */
export function startTheme(): () => void {
  choice = readStoredChoice();
  applyTheme();
  // Subscribed first, so the page's colors change before any component re-renders.
  return subscribeTheme(() => applyTheme());
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, currentTheme, () => 'light');
}

function subscribeForcedColors(listener: () => void): () => void {
  const query = mediaQuery(FORCED_COLORS);
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

const forcedColorsActive = () => mediaQuery(FORCED_COLORS)?.matches ?? false;

/** Whether the system imposes its own few colors (Windows contrast themes, and the like). */
function useForcedColors(): boolean {
  return useSyncExternalStore(subscribeForcedColors, forcedColorsActive, () => false);
}

/** The colors a canvas draws with: a canvas is not restyled by the theme or forced colors. */
export interface CanvasPalette {
  ink: string;
  muted: string;
  paper: string;
  line: string;
  /** Forced colors are active: every color is a system color, topics are not told apart. */
  forced: boolean;
  /** How to draw something in a topic's color. */
  topic: (color: string) => string;
}

/** The canvas' share of styles.css's custom properties; theme.test.ts keeps the two in step. */
export const THEME_COLORS: Record<
  Theme,
  Pick<CanvasPalette, 'ink' | 'muted' | 'paper' | 'line'>
> = {
  light: { ink: INK, muted: '#57606a', paper: PAPER, line: '#d0d7de' },
  dark: { ink: '#e6edf3', muted: '#9198a1', paper: DARK_PAPER, line: '#3d444d' },
};

// Chromium resolves system color keywords given to a canvas against the forced palette (checked
// in Chromium 156, light and dark contrast themes), so they can be drawn with as they are.
const FORCED_PALETTE: CanvasPalette = {
  ink: 'CanvasText',
  muted: 'GrayText',
  paper: 'Canvas',
  line: 'GrayText',
  forced: true,
  topic: () => 'CanvasText',
};

function themePalette(theme: Theme): CanvasPalette {
  // A topic color is adjusted once per theme, not once per marker per frame.
  const adjusted = new Map<string, string>();
  return {
    ...THEME_COLORS[theme],
    forced: false,
    topic: (color) => {
      let result = adjusted.get(color);
      if (result === undefined) adjusted.set(color, (result = topicColorFor(color, theme)));
      return result;
    },
  };
}

const PALETTES: Record<Theme, CanvasPalette> = {
  light: themePalette('light'),
  dark: themePalette('dark'),
};

/** One object per theme, so a canvas redraws when the theme changes and only then. */
export function canvasPalette(theme: Theme, forced: boolean): CanvasPalette {
  return forced ? FORCED_PALETTE : PALETTES[theme];
}

export function useCanvasPalette(): CanvasPalette {
  return canvasPalette(useTheme(), useForcedColors());
}
