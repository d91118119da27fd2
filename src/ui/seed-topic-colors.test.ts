import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hexToLinear, linearToHex } from './color-space.ts';
import { closestPair, simulate, VISIONS } from './color-vision.ts';
import { contrastRatio, DARK_PAPER, PAPER, topicColorFor } from './contrast.ts';
import { parseDataset } from '../data/schema.ts';

const result = parseDataset(
  JSON.parse(readFileSync(resolve(__dirname, '../../public/data/trump-russia.json'), 'utf8')),
);
if (result.kind !== 'ok') throw new Error('seed data does not load');
const { topics } = result.dataset;
const themes = [
  ['light', PAPER],
  ['dark', DARK_PAPER],
] as const;

describe('the bundled topic colors', () => {
  it('are eight, one per topic', () => {
    expect(new Set(topics.map((t) => t.color.toLowerCase())).size).toBe(8);
  });

  it.each(topics.map((t) => [t.label, t.color] as const))(
    '%s (%s) colors text at 4.5:1 on white as it is',
    (_, color) => {
      expect(contrastRatio(color, PAPER)).toBeGreaterThanOrEqual(4.5);
      expect(topicColorFor(color, 'light')).toBe(color);
    },
  );

  it.each(topics.flatMap((t) => themes.map(([theme, paper]) => [t.label, theme, paper] as const)))(
    '%s reaches 4.5:1 on %s paper after topicColorFor',
    (label, theme, paper) => {
      const color = topics.find((t) => t.label === label)?.color as string;
      expect(contrastRatio(topicColorFor(color, theme), paper)).toBeGreaterThanOrEqual(4.5);
    },
  );

  // WCAG contrast is computed for normal vision. Reds lose much of their lightness to a
  // protanope, so check each color as each vision sees it still stands out from the paper at
  // 3:1, WCAG's floor for graphics and large text.
  it.each(
    VISIONS.flatMap((vision) => themes.map(([theme, paper]) => [vision, theme, paper] as const)),
  )('as %s sees them, every color keeps 3:1 on %s paper', (vision, theme, paper) => {
    for (const { label, color } of topics) {
      const seen = linearToHex(simulate(hexToLinear(topicColorFor(color, theme)), vision));
      expect(contrastRatio(seen, paper), label).toBeGreaterThanOrEqual(3);
    }
  });

  // CIEDE2000 is scaled so that about 1 is a just-noticeable difference between two large patches
  // side by side. Topic colors are small marks (dots, swatches, chip text) that a reader matches
  // against the legend from memory, and the smaller a mark the larger the difference needed to
  // tell it apart (Szafir 2017, "Modeling Color Difference for Visualization Design"). A floor of
  // 9 keeps every pair many such steps apart for each vision; the previous palette's closest pair
  // was 0.4 under deuteranopia (its blue and violet) and 0.6 under tritanopia (its two greens).
  it.each(VISIONS)('stay at least 9 ΔE2000 apart on light paper for %s vision', (vision) => {
    const closest = closestPair(
      topics.map((t) => t.color),
      vision,
    );
    expect(closest?.difference, `${closest?.a} and ${closest?.b}`).toBeGreaterThanOrEqual(9);
  });

  // On dark paper topicColorFor lifts each color only as far as 4.5:1, so all eight end at
  // about the same luminance and only hue and chroma keep them apart, which a dichromat sees
  // along one axis. The floor is lower for that reason: 5.5 is still several noticeable steps,
  // and it keeps a change of palette or of topicColorFor from quietly merging two topics.
  it.each(VISIONS)('stay at least 5.5 ΔE2000 apart on dark paper for %s vision', (vision) => {
    const closest = closestPair(
      topics.map((t) => topicColorFor(t.color, 'dark')),
      vision,
    );
    expect(closest?.difference, `${closest?.a} and ${closest?.b}`).toBeGreaterThanOrEqual(5.5);
  });
});
