/**
 * The fonts of the preview images, read from the @fontsource packages in node_modules so that a
 * build needs no network. satori reads WOFF but not WOFF2, so the .woff files are the ones used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const SERIF = 'Source Serif 4';
export const SANS = 'Inter';

type Weight = 400 | 600 | 700;

export interface PreviewFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

interface Family {
  name: string;
  /** The @fontsource package that holds it. */
  pkg: string;
  /** Its file name prefix in that package's files/ folder. */
  file: string;
  weights: Weight[];
}

const FAMILIES: Family[] = [
  { name: SERIF, pkg: '@fontsource/source-serif-4', file: 'source-serif-4', weights: [600] },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weights: [400, 600] },
];

// Each family is split into subsets by script. Latin first: satori falls back through the fonts
// in order for a character that the first one lacks.
const SUBSETS = [
  'latin',
  'latin-ext',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'greek-ext',
  'vietnamese',
];

const require = createRequire(import.meta.url);

function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

/** The unicode-range of each subset a package ships, as fontsource lists them. */
function subsetRanges(pkg: string): Record<string, string> {
  return JSON.parse(readFileSync(join(packageDir(pkg), 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
}

let fonts: PreviewFont[] | undefined;

/**
 * Every subset of every weight the cards use, read once: satori caches its parsed fonts per
 * array, so handing it the same array keeps the parsing to the first image.
 */
export function previewFonts(): PreviewFont[] {
  fonts ??= FAMILIES.flatMap((family) => {
    const ranges = subsetRanges(family.pkg);
    const dir = join(packageDir(family.pkg), 'files');
    return SUBSETS.filter((subset) => subset in ranges).flatMap((subset) =>
      family.weights.map((weight) => ({
        name: family.name,
        data: readFileSync(join(dir, `${family.file}-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    );
  });
  return fonts;
}

let covered: ((codePoint: number) => boolean) | undefined;

/**
 * Whether the serif face (the narrower of the two: Inter also has greek-ext) has a glyph for the
 * character, from the unicode-range of the subsets loaded.
 */
export function fontsCover(codePoint: number): boolean {
  covered ??= coverageOf('@fontsource/source-serif-4');
  return covered(codePoint);
}

function coverageOf(pkg: string): (codePoint: number) => boolean {
  const ranges = Object.entries(subsetRanges(pkg))
    .filter(([subset]) => SUBSETS.includes(subset))
    .flatMap(([, list]) => list.split(','))
    .map((range) => {
      const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as const;
    });
  return (codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}
