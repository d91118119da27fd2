/**
 * Text widths as the page's canvas measures them, for the pictures of the timeline drawn at build
 * time: measured by Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium, launched as the
 * browser tests launch it) with the fonts of the machine that builds. A reader whose system font
 * is another may see labels cut elsewhere once the app draws.
 */
import { existsSync } from 'node:fs';
import launch from '../../chromium-flags.json' with { type: 'json' };

export interface BrowserMeasure {
  /** Each text's width in its CSS font, in px. */
  widths: (texts: readonly { font: string; text: string }[]) => Promise<number[]>;
  /** How far below each font's canvas baseline its alphabetic baseline lies, in px. */
  baselines: (
    fonts: readonly { font: string; baseline: CanvasTextBaseline }[],
  ) => Promise<number[]>;
  close: () => Promise<void>;
}

/** A measuring browser, or null (and why) where none can be launched. */
export async function openBrowserMeasure(): Promise<BrowserMeasure | string> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return `no Chromium at ${executablePath}`;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath, args: launch.args });
  const page = await browser.newPage();
  return {
    widths: (texts) =>
      page.evaluate((items) => {
        const context = new OffscreenCanvas(1, 1).getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        return items.map(({ font, text }) => {
          context.font = font;
          return context.measureText(text).width;
        });
      }, texts),
    baselines: (fonts) =>
      page.evaluate((items) => {
        const context = new OffscreenCanvas(1, 1).getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        return items.map(({ font, baseline }) => {
          context.font = font;
          context.textBaseline = baseline;
          return -context.measureText('x').alphabeticBaseline;
        });
      }, fonts),
    close: () => browser.close(),
  };
}
