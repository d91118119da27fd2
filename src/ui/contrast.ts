/** WCAG 2 relative luminance of a #rrggbb color. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two #rrggbb colors, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const INK = '#1f2328';
export const PAPER = '#ffffff';

/**
 * Colors for a topic that keep text at AA contrast whatever color a dataset picks: the topic's
 * own color for text on white where it is dark enough, else ink; white or ink on a filled chip.
 */
export function topicInks(color: string): { text: string; onFill: string } {
  return {
    text: contrastRatio(color, PAPER) >= 4.5 ? color : INK,
    onFill: contrastRatio(color, PAPER) >= contrastRatio(color, INK) ? PAPER : INK,
  };
}
