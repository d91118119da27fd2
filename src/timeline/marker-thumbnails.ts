import { mediaAddress, thumbnailOf } from '../data/media.ts';
import type { TimelineEvent } from '../data/schema.ts';
import { relativeToRoot } from '../data/store-address.ts';
import { THUMB_HEIGHT, THUMB_WIDTH } from './lib/marker-geometry.ts';

/**
 * Where each event's thumbnail loads from, or null for an event without a picture. Asked per
 * event per frame, so it is worked out once per event (addresses are parsed, relative ones
 * against the store's own).
 */
export function thumbnailAddresses(storeUrl: string): (event: TimelineEvent) => string | null {
  const cache = new WeakMap<TimelineEvent, string | null>();
  return (event) => {
    if (event.media.length === 0) return null;
    let address = cache.get(event);
    if (address === undefined) {
      const thumbnail = thumbnailOf(event.media);
      address = thumbnail === null ? null : relativeToRoot(mediaAddress(thumbnail, storeUrl));
      cache.set(event, address);
    }
    return address;
  };
}

export interface ThumbnailBitmaps {
  /**
   * The picture at `address`, cut to the marker's box and decoded, or null while it loads or where
   * it failed. The first ask starts the load; `onReady` is told when pictures have arrived.
   */
  get: (address: string) => ImageBitmap | null;
}

/** Decoded pictures kept at once: enough for several screens of markers, a few MB at most. */
const KEPT = 240;

/** Main-thread time per frame for cutting decoded pictures to size: most of a frame stays free. */
const SHRINK_BUDGET_MS = 4;

/**
 * Thumbnails for the canvas, decoded off the main thread (`decode`) and then cut to the size they
 * are drawn at (`createImageBitmap`, which resamples on the main thread), a few per frame within
 * a budget: a zoom frame only copies small bitmaps, and never waits for a picture, scales a large
 * one or cuts a whole screenful at once. Pictures that arrive are drawn in one frame between them.
 */
export function createThumbnailBitmaps(onReady: () => void): ThumbnailBitmaps {
  const bitmaps = new Map<string, ImageBitmap | 'loading' | 'failed'>();
  const decoded: { address: string; image: HTMLImageElement }[] = [];
  let told = false;
  const tell = () => {
    if (told) return;
    told = true;
    requestAnimationFrame(() => {
      told = false;
      onReady();
    });
  };
  const evict = () => {
    for (const [address, entry] of bitmaps) {
      if (bitmaps.size <= KEPT) return;
      if (typeof entry === 'string') continue;
      entry.close();
      bitmaps.delete(address);
    }
  };
  let pumping = false;
  const pump = () => {
    const started = performance.now();
    while (decoded.length && performance.now() - started < SHRINK_BUDGET_MS) {
      const { address, image } = decoded.shift() as (typeof decoded)[number];
      shrink(image, globalThis.devicePixelRatio || 1).then(
        (bitmap) => {
          bitmaps.set(address, bitmap);
          evict();
          tell();
        },
        () => bitmaps.set(address, 'failed'),
      );
    }
    pumping = decoded.length > 0;
    if (pumping) requestAnimationFrame(pump);
  };
  return {
    get(address) {
      const entry = bitmaps.get(address);
      if (entry === undefined) {
        if (typeof createImageBitmap !== 'function') return null; // jsdom: the empty box stays
        bitmaps.set(address, 'loading');
        decodeImage(address).then(
          (image) => {
            decoded.push({ address, image });
            if (!pumping) {
              pumping = true;
              requestAnimationFrame(pump);
            }
          },
          () => bitmaps.set(address, 'failed'),
        );
        return null;
      }
      if (typeof entry === 'string') return null;
      // Most recently drawn last, so that eviction takes the longest unseen.
      bitmaps.delete(address);
      bitmaps.set(address, entry);
      return entry;
    },
  };
}

async function decodeImage(address: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = address;
  await image.decode();
  return image;
}

/** The middle of the picture at the box's shape (as `object-fit: cover`), at the screen's density. */
function shrink(image: HTMLImageElement, ratio: number): Promise<ImageBitmap> {
  const { naturalWidth: w, naturalHeight: h } = image;
  const scale = Math.max(THUMB_WIDTH / w, THUMB_HEIGHT / h);
  const sw = THUMB_WIDTH / scale;
  const sh = THUMB_HEIGHT / scale;
  return createImageBitmap(image, (w - sw) / 2, (h - sh) / 2, sw, sh, {
    resizeWidth: Math.round(THUMB_WIDTH * ratio),
    resizeHeight: Math.round(THUMB_HEIGHT * ratio),
    // 'high' resamples with a far costlier filter for no difference at this size.
    resizeQuality: 'medium',
  });
}
