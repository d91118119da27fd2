import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TimelineEvent } from '../../src/data/schema.ts';

/** What the preview renderer draws: satori and resvg read PNG and JPEG. */
const TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};
/** Larger pictures keep the plain card: a build should not stall on a camera's original. */
const MAX_BYTES = 8 * 1024 * 1024;

/**
 * An event's first picture as a data: URI, when it is a file of the site: its address relative
 * to the store, inside `root` (the built site), PNG or JPEG. Pictures on other sites are not
 * fetched at build time: they keep the plain card.
 */
export function localPicture(event: TimelineEvent, storeFile: string, root: string): string | null {
  const image = event.media.find((item) => item.kind === 'image');
  if (!image || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(image.url)) return null;
  // Read as the browser reads it, against the store's address on the site: a URL's path never
  // climbs above the root.
  const store = path.relative(root, storeFile).split(path.sep).join('/');
  let file: string;
  try {
    file = path.join(root, decodeURIComponent(new URL(image.url, `http://site/${store}`).pathname));
  } catch {
    return null;
  }
  const inside = path.relative(path.resolve(root), path.resolve(file));
  if (inside.startsWith('..') || path.isAbsolute(inside)) return null;
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!type || !existsSync(file) || statSync(file).size > MAX_BYTES) return null;
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}
