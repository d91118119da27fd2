import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeMatchMedia } from '../../tests/unit/fake-media.ts';
import {
  canvasPalette,
  getThemeChoice,
  parseThemeChoice,
  resolveTheme,
  setThemeChoice,
  startTheme,
  THEME_COLORS,
  THEME_STORAGE_KEY,
  type Theme,
} from './theme.ts';

const DARK = '(prefers-color-scheme: dark)';

describe('parseThemeChoice', () => {
  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    [null, null],
    ['', null],
    ['Dark', null],
    ['system', null],
    [1, null],
  ])('%j is %j', (stored, choice) => {
    expect(parseThemeChoice(stored)).toBe(choice);
  });
});

describe('resolveTheme', () => {
  it.each([
    [null, false, 'light'],
    [null, true, 'dark'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)('choice %s, system dark %s: %s', (choice, systemDark, theme) => {
    expect(resolveTheme(choice, systemDark)).toBe(theme);
  });
});

describe('startTheme and setThemeChoice', () => {
  let media: ReturnType<typeof fakeMatchMedia>;
  let stop: () => void = () => undefined;
  const theme = () => document.documentElement.dataset.theme;

  beforeEach(() => {
    localStorage.clear();
    media = fakeMatchMedia({ [DARK]: false });
    vi.stubGlobal('matchMedia', media.matchMedia);
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('follows the system, live, while the reader has chosen nothing', () => {
    stop = startTheme();
    expect(getThemeChoice()).toBeNull();
    expect(theme()).toBe('light');
    media.set(DARK, true);
    expect(theme()).toBe('dark');
    media.set(DARK, false);
    expect(theme()).toBe('light');
  });

  it('applies and stores a choice, which then outranks the system', () => {
    stop = startTheme();
    setThemeChoice('dark');
    expect(theme()).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    media.set(DARK, true);
    setThemeChoice('light');
    expect(theme()).toBe('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    setThemeChoice(null);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(theme()).toBe('dark');
  });

  it('reads a stored choice on start, ignoring a value it does not know', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    stop = startTheme();
    expect(theme()).toBe('dark');
    stop();
    localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    media.set(DARK, true);
    stop = startTheme();
    expect(getThemeChoice()).toBeNull();
    expect(theme()).toBe('dark');
  });

  it('follows a choice made in another tab, and stops listening when stopped', () => {
    stop = startTheme();
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY }));
    expect(theme()).toBe('dark');
    expect(media.listenerCount(DARK)).toBe(1);
    stop();
    expect(media.listenerCount(DARK)).toBe(0);
  });
});

describe('canvasPalette', () => {
  it('draws with system colors under forced colors, whatever the theme or topic', () => {
    for (const theme of ['light', 'dark'] as const) {
      const palette = canvasPalette(theme, true);
      expect(palette).toMatchObject({
        ink: 'CanvasText',
        paper: 'Canvas',
        muted: 'GrayText',
        forced: true,
      });
      expect(palette.topic('#b42318')).toBe('CanvasText');
    }
  });

  it("draws with the theme's colors and readable topic colors otherwise", () => {
    const light = canvasPalette('light', false);
    const dark = canvasPalette('dark', false);
    expect(light).toMatchObject({ ...THEME_COLORS.light, forced: false });
    expect(dark).toMatchObject({ ...THEME_COLORS.dark, forced: false });
    expect(light.topic('#1d4ed8')).toBe('#1d4ed8');
    expect(dark.topic('#1d4ed8')).not.toBe('#1d4ed8');
  });

  it('is the same object for the same theme, so a canvas redraws only on a change', () => {
    expect(canvasPalette('dark', false)).toBe(canvasPalette('dark', false));
    expect(canvasPalette('dark', false)).not.toBe(canvasPalette('light', false));
  });
});

describe('THEME_COLORS', () => {
  const css = readFileSync(resolve(__dirname, '../app/styles.css'), 'utf8');
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    expect(start, `styles.css has no "${selector}" block`).toBeGreaterThanOrEqual(0);
    return css.slice(start, css.indexOf('}', start));
  };
  const property = (text: string, name: string) =>
    new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(text)?.[1]?.toLowerCase();

  it.each([
    ['light', ':root'],
    ['dark', ":root[data-theme='dark']"],
  ] as const)('match the %s custom properties in styles.css', (theme: Theme, selector) => {
    const text = block(selector);
    for (const name of ['ink', 'muted', 'paper', 'line'] as const) {
      expect(property(text, name), `--${name}`).toBe(THEME_COLORS[theme][name]);
    }
  });

  it('are the dark ones on a dark system before the page has set its theme', () => {
    const declarations = (text: string) => text.match(/--[a-z-]+:[^;]+;/g) ?? [];
    const dark = declarations(block(":root[data-theme='dark']"));
    expect(dark.length).toBeGreaterThan(10);
    expect(declarations(block(':root:not([data-theme])'))).toEqual(dark);
  });
});
