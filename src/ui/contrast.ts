import { hexToLinear, inGamut, linearToHex, linearToOklch, oklchToLinear } from './color-space.ts';

/** WCAG 2 relative luminance of a #rrggbb color. */
function luminance(hex: string): number {
  const [r, g, b] = hexToLinear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colors, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const INK = '#1f2328';
export const PAPER = '#ffffff';
export const DARK_PAPER = '#0d1117';

export type Theme = 'light' | 'dark';

/** WCAG AA for normal text: what a topic color must reach to color text on the paper. */
const AA = 4.5;

const paperOf = (theme: Theme) => (theme === 'dark' ? DARK_PAPER : PAPER);

// Lightness steps to try, in OKLab lightness: fine enough that the first color to pass is
// barely past 4.5:1, so the color moves no further than it must.
const STEPS = 400;

/**
 * A dataset's topic color made readable as text on the theme's paper: the color itself where it
 * already reaches 4.5:1, else the nearest lighter (dark theme) or darker (light theme) color of
 * the same OKLCH hue that does, giving up chroma only where the screen cannot show it.
 */
export function topicColorFor(color: string, theme: Theme): string {
  const paper = paperOf(theme);
  if (contrastRatio(color, paper) >= AA) return color;
  const { l, c, h } = linearToOklch(hexToLinear(color));
  const target = theme === 'dark' ? 1 : 0;
  for (let step = 1; step <= STEPS; step++) {
    const candidate = inGamutHex(l + ((target - l) * step) / STEPS, c, h);
    if (contrastRatio(candidate, paper) >= AA) return candidate;
  }
  // The last step is white or black, which always passes; this only satisfies the compiler.
  return theme === 'dark' ? PAPER : '#000000';
}

/** The color at this lightness and hue with as much of the chroma as the sRGB gamut allows. */
function inGamutHex(l: number, chroma: number, h: number): string {
  let [lo, hi] = [0, chroma];
  if (inGamut(oklchToLinear({ l, c: hi, h }))) lo = hi;
  for (let i = 0; i < 20 && hi - lo > 1e-4; i++) {
    const mid = (lo + hi) / 2;
    if (inGamut(oklchToLinear({ l, c: mid, h }))) lo = mid;
    else hi = mid;
  }
  return linearToHex(oklchToLinear({ l, c: lo, h }));
}

/**
 * Colors for a topic that keep text at AA contrast on the theme's paper whatever color a
 * dataset picks: `text` for the topic's name in its color; `fill` for a chip filled with it (the
 * dataset's own color on light paper, the readable one on dark); `onFill` for text on that chip.
 * On dark paper `onFill` always reaches 4.5:1, since the fill does against that paper; on light
 * paper it is white or ink, whichever reads better on the dataset's color.
 */
export function topicInks(
  color: string,
  theme: Theme = 'light',
): { text: string; fill: string; onFill: string } {
  const text = topicColorFor(color, theme);
  const fill = theme === 'dark' ? text : color;
  const darkInk = theme === 'dark' ? DARK_PAPER : INK;
  return {
    text,
    fill,
    onFill: contrastRatio(fill, PAPER) >= contrastRatio(fill, darkInk) ? PAPER : darkInk,
  };
}
