import type { Surface } from './surface.ts';

/** Cluster badges', bands' and eras' labels: one font, so that a frame sets few. */
export const BADGE_FONT = `700 12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** The "New" and "Updated" badges on changed events' markers: small, to fit the band's row. */
export const CHANGE_FONT = `700 10px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** Each font as the canvas writes it back, to tell whether a context already has it. */
const fontsAsRead = new Map<string, string>();

/**
 * Sets a font unless the context has it already (it keeps it from frame to frame, until the
 * canvas is resized). Setting one resolves it against the canvas element's style: after the
 * buttons have changed, that restyles the page in the middle of a frame.
 */
export function setFont(context: Pick<Surface, 'font'>, font: string): void {
  if (context.font === fontsAsRead.get(font)) return;
  context.font = font;
  fontsAsRead.set(font, context.font);
}
