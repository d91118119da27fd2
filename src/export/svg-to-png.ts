import { cssFont, type Measure } from './svg-text.ts';

/**
 * An SVG drawn into a PNG by the browser itself: as an image from a blob address (the
 * Content-Security-Policy allows blob: images), onto a canvas `scale` times its size.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Text widths as the browser draws the SVG's generic families, so that labels are laid out to the
 * room they take. Without a canvas (jsdom), an average glyph's width stands in.
 */
export function canvasMeasure(): Measure {
  const context =
    typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context) return (text, font) => [...text].length * font.size * 0.55;
  let current = '';
  return (text, font) => {
    const css = cssFont(font);
    if (css !== current) context.font = current = css;
    return context.measureText(text).width;
  };
}
