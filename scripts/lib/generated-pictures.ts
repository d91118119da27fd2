import type { MediaJson } from '../../src/data/media.ts';
import type { GeneratedEvent, GeneratedStore } from './generated-store.ts';
import { encodePalettePng } from './palette-png.ts';

/** The generated pictures' size: a 16:9 photo's thumbnail, as newsrooms upload them. */
export const PICTURE_WIDTH = 320;
export const PICTURE_HEIGHT = 180;

const BACKGROUNDS = [
  [0xf3, 0xf4, 0xf6],
  [0x1f, 0x29, 0x37],
  [0xfe, 0xf3, 0xc7],
  [0xdb, 0xea, 0xfe],
  [0xdc, 0xfc, 0xe7],
  [0xfc, 0xe7, 0xf3],
] as const;
const BARS = [
  [0x1d, 0x4e, 0xd8],
  [0xb9, 0x1c, 0x1c],
  [0x04, 0x78, 0x57],
  [0x92, 0x40, 0x0e],
  [0x6d, 0x28, 0xd9],
] as const;

/**
 * A bar chart unlike its neighbours' (its colours and bar heights follow from `n`), so that each
 * event's picture is its own file to fetch and decode, as a newsroom's would be.
 */
export function generatedPicture(n: number): Buffer {
  const background = BACKGROUNDS[n % BACKGROUNDS.length] ?? BACKGROUNDS[0];
  const bar = BARS[Math.floor(n / BACKGROUNDS.length) % BARS.length] ?? BARS[0];
  const bars = 8;
  const heights = Array.from(
    { length: bars },
    (_, i) => 0.2 + (((n + 1) * (i + 3) * 37) % 71) / 100,
  );
  const rgba = new Uint8Array(PICTURE_WIDTH * PICTURE_HEIGHT * 4);
  const slot = PICTURE_WIDTH / bars;
  for (let y = 0; y < PICTURE_HEIGHT; y++) {
    for (let x = 0; x < PICTURE_WIDTH; x++) {
      const i = Math.floor(x / slot);
      const inBar =
        x % slot > slot * 0.2 && PICTURE_HEIGHT - y < (heights[i] ?? 0) * PICTURE_HEIGHT;
      const [r, g, b] = inBar ? bar : background;
      rgba.set([r, g, b, 255], (y * PICTURE_WIDTH + x) * 4);
    }
  }
  return encodePalettePng(PICTURE_WIDTH, PICTURE_HEIGHT, rgba);
}

/**
 * The store with a picture on every event, in the folder `folder` beside the store (its
 * addresses are relative to the store, as docs/data-format.md says): what a newsroom's story
 * with a photo per event asks of the timeline.
 */
export function withPictures(
  store: GeneratedStore,
  folder: string,
): GeneratedStore<GeneratedEvent & { media: MediaJson[] }> {
  return {
    ...store,
    title: `${store.title}, each event with a picture`,
    events: store.events.map((event) => ({
      ...event,
      media: [
        {
          url: `${folder}/${event.id}.png`,
          alt: `A generated bar chart for ${event.id}: coloured bars of different heights.`,
        },
      ],
    })),
  };
}
