import { crc32, deflateSync } from 'node:zlib';

/**
 * An opaque picture as a PNG of at most 256 colours. The pictures are flat shapes in a few colours,
 * so almost all of their pixels are one of a few hundred colours (the shapes' and the shades that
 * smooth their edges): the 256 commonest make the palette, and each rarer shade takes the nearest
 * of them, which no eye can tell at an edge. The result is a fraction of resvg's own RGBA PNG.
 */
export function encodePalettePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const pixels = width * height;
  const colorOf = (i: number) =>
    ((rgba[i * 4] ?? 0) << 16) | ((rgba[i * 4 + 1] ?? 0) << 8) | (rgba[i * 4 + 2] ?? 0);
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels; i++) {
    const color = colorOf(i);
    counts.set(color, (counts.get(color) ?? 0) + 1);
  }
  const palette = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 256)
    .map(([color]) => color);
  const channels = (color: number) => [(color >> 16) & 0xff, (color >> 8) & 0xff, color & 0xff];
  const indexOf = new Map<number, number>(palette.map((color, i) => [color, i]));
  const nearest = (color: number): number => {
    const [r, g, b] = channels(color);
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((candidate, i) => {
      const [pr = 0, pg = 0, pb = 0] = channels(candidate);
      const distance = ((r ?? 0) - pr) ** 2 + ((g ?? 0) - pg) ** 2 + ((b ?? 0) - pb) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    indexOf.set(color, best);
    return best;
  };
  // Each row starts with its filter byte, 0 (none): the one that suits indexed colour.
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const color = colorOf(y * width + x);
      raw[y * (width + 1) + 1 + x] = indexOf.get(color) ?? nearest(color);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indices, palette, deflate, adaptive filters, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flatMap(channels))),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
