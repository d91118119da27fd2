import type { Surface } from './surface.ts';

/**
 * Small pictures painted once and then copied into each frame. A canvas strokes every path and
 * shapes the text of every fillText call anew, where a dense frame draws the same few pictures
 * (cluster badges) a hundred times; copying a picture whose pixels line up with the canvas's
 * is a plain blit.
 */
export interface SpriteCache {
  /**
   * Draws the sprite of `key` with its top left corner at (x, y) in CSS pixels, painting it
   * first where it is not cached: `paint` draws into the box `size` gives (in CSS pixels, asked
   * only then, as measuring text costs), whose top left corner is the context's origin. The
   * corner is rounded to a whole device pixel.
   */
  draw(
    context: Surface,
    key: string,
    size: () => Box,
    x: number,
    y: number,
    paint: (context: Surface) => void,
  ): void;
}

interface Box {
  width: number;
  height: number;
}

/** Sprites' widths in device pixels are rounded up to a multiple of this, to share canvases. */
const WIDTH_STEP = 32;

interface Sprite {
  image: ImageBitmap;
  width: number;
  height: number;
}

/**
 * A cache of at most `most` sprites, the least recently drawn going first. A sprite holds its
 * pixels at the context's pixel ratio (part of its key), so that it copies one to one.
 */
export function createSpriteCache(most: number): SpriteCache {
  const sprites = new Map<string, Sprite | null>();

  // Sprites are painted on a few canvases kept for the purpose, one per size (widths rounded up
  // to a step), each handing its pixels over as an image bitmap: making a canvas and setting its
  // font for every sprite cost more than the text it saved drawing.
  const scratch = new Map<string, OffscreenCanvasRenderingContext2D | null>();
  function paintSprite(ratio: number, box: Box, paint: (context: Surface) => void): Sprite | null {
    if (typeof OffscreenCanvas === 'undefined') return null;
    const width = Math.ceil(Math.max(1, box.width * ratio) / WIDTH_STEP) * WIDTH_STEP;
    const height = Math.max(1, Math.ceil(box.height * ratio));
    const size = `${width}x${height}`;
    let context = scratch.get(size);
    if (context === undefined) {
      context = new OffscreenCanvas(width, height).getContext('2d');
      scratch.set(size, context);
    }
    if (!context) return null;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    paint(context);
    return {
      image: context.canvas.transferToImageBitmap(),
      width: width / ratio,
      height: height / ratio,
    };
  }

  return {
    draw(context, key, size, x, y, paint) {
      const ratio = context.getTransform().a || 1;
      const fullKey = `${ratio}\n${key}`;
      let sprite = sprites.get(fullKey);
      if (sprite === undefined) {
        sprite = paintSprite(ratio, size(), paint);
        if (sprites.size >= most) {
          const oldest = sprites.entries().next();
          if (!oldest.done) {
            sprites.delete(oldest.value[0]);
            oldest.value[1]?.image.close();
          }
        }
      } else {
        // Most recently drawn last: the map's order is the order of eviction.
        sprites.delete(fullKey);
      }
      sprites.set(fullKey, sprite);
      if (!sprite) {
        // No canvas to paint a sprite on: paint in place.
        context.save();
        context.translate(x, y);
        paint(context);
        context.restore();
        return;
      }
      context.drawImage(
        sprite.image,
        Math.round(x * ratio) / ratio,
        Math.round(y * ratio) / ratio,
        sprite.width,
        sprite.height,
      );
    },
  };
}
