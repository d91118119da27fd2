import { assertNever } from '../lib/assert-never.ts';
import { hexToLinear, linearToLab, type Lab, type LinearRgb } from './color-space.ts';

// How colors look to readers with a color-vision deficiency, and how far apart two colors
// look: the tools to check that a palette stays distinguishable for them.

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

type Matrix = readonly [number, number, number, number, number, number, number, number, number];

function apply(m: Matrix, [r, g, b]: LinearRgb): LinearRgb {
  return [
    m[0] * r + m[1] * g + m[2] * b,
    m[3] * r + m[4] * g + m[5] * b,
    m[6] * r + m[7] * g + m[8] * b,
  ];
}

// Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB: the model Chromium's
// DevTools use for the red-green deficiencies.
const MACHADO_PROTANOPIA: Matrix = [
  0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
];
const MACHADO_DEUTERANOPIA: Matrix = [
  0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
];

// Machado's model is known to be poor for tritanopia, so use Brettel, Viénot & Mollon (1997):
// two projection half-planes, chosen by which side of the separating plane the color lies.
// Parameters for sRGB as precomputed by DaltonLens (public domain).
const BRETTEL_TRITANOPIA = {
  side1: [
    1.01277, 0.13548, -0.14826, -0.01243, 0.86812, 0.14431, 0.07589, 0.805, 0.11911,
  ] as Matrix,
  side2: [
    0.93678, 0.18979, -0.12657, 0.06154, 0.81526, 0.1232, -0.37562, 1.12767, 0.24796,
  ] as Matrix,
  normal: [0.03901, -0.02788, -0.01113] as const,
};

/** The color as a reader with the given vision would see it (linear sRGB, clipped to gamut). */
export function simulate(rgb: LinearRgb, vision: Vision): LinearRgb {
  let seen: LinearRgb;
  switch (vision) {
    case 'normal':
      return rgb;
    case 'protanopia':
      seen = apply(MACHADO_PROTANOPIA, rgb);
      break;
    case 'deuteranopia':
      seen = apply(MACHADO_DEUTERANOPIA, rgb);
      break;
    case 'tritanopia': {
      const [nr, ng, nb] = BRETTEL_TRITANOPIA.normal;
      const side = rgb[0] * nr + rgb[1] * ng + rgb[2] * nb >= 0 ? 'side1' : 'side2';
      seen = apply(BRETTEL_TRITANOPIA[side], rgb);
      break;
    }
    default:
      return assertNever(vision);
  }
  return seen.map((c) => Math.min(1, Math.max(0, c))) as unknown as LinearRgb;
}

const toRadians = (deg: number) => (deg * Math.PI) / 180;
const toDegrees = (rad: number) => {
  const deg = (rad * 180) / Math.PI;
  return deg < 0 ? deg + 360 : deg;
};

/** CIEDE2000 color difference (Sharma, Wu & Dalal 2005): about 1 is a just-noticeable step. */
export function deltaE2000(x: Lab, y: Lab): number {
  const c1 = Math.hypot(x.a, x.b);
  const c2 = Math.hypot(y.a, y.b);
  const cMean7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + 25 ** 7)));
  const a1 = (1 + g) * x.a;
  const a2 = (1 + g) * y.a;
  const cp1 = Math.hypot(a1, x.b);
  const cp2 = Math.hypot(a2, y.b);
  const hp1 = cp1 === 0 ? 0 : toDegrees(Math.atan2(x.b, a1));
  const hp2 = cp2 === 0 ? 0 : toDegrees(Math.atan2(y.b, a2));

  const dL = y.l - x.l;
  const dC = cp2 - cp1;
  let dh = 0;
  if (cp1 * cp2 !== 0) {
    dh = hp2 - hp1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(toRadians(dh / 2));

  const lMean = (x.l + y.l) / 2;
  const cMean = (cp1 + cp2) / 2;
  let hMean = hp1 + hp2;
  if (cp1 * cp2 !== 0) {
    if (Math.abs(hp1 - hp2) <= 180) hMean /= 2;
    else hMean = hp1 + hp2 < 360 ? (hMean + 360) / 2 : (hMean - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(toRadians(hMean - 30)) +
    0.24 * Math.cos(toRadians(2 * hMean)) +
    0.32 * Math.cos(toRadians(3 * hMean + 6)) -
    0.2 * Math.cos(toRadians(4 * hMean - 63));
  const sL = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sC = 1 + 0.045 * cMean;
  const sH = 1 + 0.015 * cMean * t;
  const cMeanP7 = cMean ** 7;
  const rT =
    -2 *
    Math.sqrt(cMeanP7 / (cMeanP7 + 25 ** 7)) *
    Math.sin(toRadians(60 * Math.exp(-(((hMean - 275) / 25) ** 2))));
  return Math.sqrt((dL / sL) ** 2 + (dC / sC) ** 2 + (dH / sH) ** 2 + rT * (dC / sC) * (dH / sH));
}

/** How different two #rrggbb colors look to a reader with the given vision (CIEDE2000). */
export function perceivedDifference(a: string, b: string, vision: Vision): number {
  const seen = (hex: string) => linearToLab(simulate(hexToLinear(hex), vision));
  return deltaE2000(seen(a), seen(b));
}

/** The closest pair of a palette as the given vision sees it. */
export function closestPair(
  colors: readonly string[],
  vision: Vision,
): { a: string; b: string; difference: number } | undefined {
  let closest: { a: string; b: string; difference: number } | undefined;
  for (let i = 0; i < colors.length; i++) {
    for (let j = i + 1; j < colors.length; j++) {
      const [a, b] = [colors[i] as string, colors[j] as string];
      const difference = perceivedDifference(a, b, vision);
      if (!closest || difference < closest.difference) closest = { a, b, difference };
    }
  }
  return closest;
}
