// Conversions between #rrggbb, linear sRGB, CIE Lab (D65) and OKLab/OKLCH: the pieces that
// contrast checks, color-vision simulation and color adjustment share.

/** Linear-light sRGB, each channel 0..1 (out-of-gamut values may stray outside). */
export type LinearRgb = readonly [number, number, number];
export interface Lab {
  l: number;
  a: number;
  b: number;
}
/** OKLCH: lightness 0..1, chroma ≥ 0, hue in degrees 0..360. */
export interface Oklch {
  l: number;
  c: number;
  h: number;
}

function decode(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function encode(linear: number): number {
  const v = Math.min(1, Math.max(0, linear));
  return v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
}

export function hexToLinear(hex: string): LinearRgb {
  const channel = (i: number) => decode(parseInt(hex.slice(i, i + 2), 16) / 255);
  return [channel(1), channel(3), channel(5)];
}

/** Rounds to the nearest #rrggbb, clipping channels that fall outside the gamut. */
export function linearToHex(rgb: LinearRgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(encode(c) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

// D65 reference white, the white point of sRGB.
const WHITE = { x: 0.95047, y: 1, z: 1.08883 };

export function linearToLab([r, g, b]: LinearRgb): Lab {
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const [fx, fy, fz] = [f(x / WHITE.x), f(y / WHITE.y), f(z / WHITE.z)];
  return { l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

// OKLab (Björn Ottosson, 2020): hue stays put as lightness changes, which CIE Lab's blues do not.
export function linearToOklch([r, g, b]: LinearRgb): Oklch {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const h = (Math.atan2(B, A) * 180) / Math.PI;
  return { l: L, c: Math.hypot(A, B), h: h < 0 ? h + 360 : h };
}

export function oklchToLinear({ l: L, c, h }: Oklch): LinearRgb {
  const A = c * Math.cos((h * Math.PI) / 180);
  const B = c * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

export function inGamut(rgb: LinearRgb): boolean {
  const EPSILON = 1e-6;
  return rgb.every((c) => c >= -EPSILON && c <= 1 + EPSILON);
}
