import type { Era } from '../../data/schema.ts';

/** The height of one row of era labels, above the lanes. */
export const ERA_ROW = 18;

/**
 * Colours for eras that give none: light enough behind the markers in either theme (the page
 * adjusts them for contrast as it does topics' colours), and far from one another, since
 * neighbouring eras often touch.
 */
const ERA_COLORS = ['#0e7490', '#b45309', '#7c3aed', '#047857', '#be185d', '#4d7c0f', '#1d4ed8'];

/** An era's colour: its own, or the palette's by its place in the dataset. */
export function eraColor(era: Pick<Era, 'color'>, index: number): string {
  return era.color ?? (ERA_COLORS[index % ERA_COLORS.length] as string);
}

/**
 * The label row of each era (by the dataset's order): eras that overlap stack their labels, each
 * on the first row free at its start. Computed over the eras' whole spans, not the window, so a
 * label keeps its row while the view pans.
 */
export function eraRows(eras: readonly Pick<Era, 'start' | 'end'>[]): {
  rows: number[];
  count: number;
} {
  const order = eras.map((_, i) => i).sort((a, b) => startAt(eras, a) - startAt(eras, b) || a - b);
  const rowEnds: number[] = [];
  const rows: number[] = new Array<number>(eras.length).fill(0);
  for (const i of order) {
    const era = eras[i];
    if (!era) continue;
    let row = rowEnds.findIndex((end) => end <= era.start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = era.end;
    rows[i] = row;
  }
  return { rows, count: rowEnds.length };
}

const startAt = (eras: readonly Pick<Era, 'start'>[], i: number) => eras[i]?.start ?? 0;

/** The height the era labels take above the lanes: none without eras. */
export function eraStripHeight(rowCount: number): number {
  return rowCount ? rowCount * ERA_ROW + 4 : 0;
}

/**
 * The eras by their start, then their end, each with its place in the dataset (which gives it its
 * colour): a store may list them in any order.
 */
export function inTimeOrder<E extends Pick<Era, 'start' | 'end'>>(
  eras: readonly E[],
): { era: E; index: number }[] {
  return eras
    .map((era, index) => ({ era, index }))
    .sort((a, b) => a.era.start - b.era.start || a.era.end - b.era.end || a.index - b.index);
}
