import { contrastRatio, PAPER } from './contrast.ts';
import type { Theme } from './theme.ts';

/** The dark theme's page color (styles.css `--paper` under `[data-theme='dark']`). */
export const DARK_PAPER = '#0d1117';

const AA_TEXT = 4.5;

/**
 * A dataset's topic color, moved just far enough toward white (dark theme) or black (light theme)
 * to reach 4.5:1 against that theme's paper, so it can color text, and so the paper color can be
 * written on it. A color that already passes comes back unchanged: the author's choice wins
 * wherever it is readable.
 */
export function topicColorFor(color: string, theme: Theme): string {
  const paper = theme === 'dark' ? DARK_PAPER : PAPER;
  const passes = (candidate: string) =>
    contrastRatio(candidate, paper) >= AA_TEXT &&
    // Past the paper on the right side: black is not "readable" on near-black by getting darker.
    (theme === 'dark' ? brightness(candidate) > brightness(paper) : true);
  if (passes(color)) return color.toLowerCase();

  const target: Rgb = theme === 'dark' ? [255, 255, 255] : [0, 0, 0];
  const from = toRgb(color);
  // Contrast grows steadily with the mix once on the right side of the paper: bisect the amount.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    if (passes(toHex(mix(from, target, mid)))) hi = mid;
    else lo = mid;
  }
  return toHex(mix(from, target, hi));
}

type Rgb = [number, number, number];

function toRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return from.map((c, i) => c + ((to[i] as number) - c) * amount) as Rgb;
}

/** Grows with relative luminance: enough to tell which side of the paper a color lies. */
function brightness(hex: string): number {
  return contrastRatio(hex, '#000000');
}
