import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMediaList } from '../../src/data/media.ts';
import type { TimelineEvent } from '../../src/data/schema.ts';
import { makeEvent } from '../../tests/unit/fixtures.ts';
import { localPicture } from './local-picture.ts';

/** A site: root/data/store.json, root/data/pictures/a.png, root/top.jpg, root/data/notes.txt. */
function site(): { root: string; store: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'local-picture-'));
  mkdirSync(path.join(root, 'data/pictures'), { recursive: true });
  writeFileSync(path.join(root, 'data/pictures/a.png'), 'png bytes');
  writeFileSync(path.join(root, 'top.jpg'), 'jpeg bytes');
  writeFileSync(path.join(root, 'data/notes.txt'), 'text');
  return { root, store: path.join(root, 'data/store.json') };
}

function withMedia(...items: Record<string, unknown>[]): TimelineEvent {
  const { media } = readMediaList(items);
  return { ...makeEvent('2020-01-01'), media };
}

const dataUri = (type: string, text: string) =>
  `data:${type};base64,${Buffer.from(text).toString('base64')}`;

describe('localPicture', () => {
  const { root, store } = site();

  it('reads an event’s picture beside its store as a data: URI', () => {
    const event = withMedia({ url: 'pictures/a.png', alt: 'A' });
    expect(localPicture(event, store, root)).toBe(dataUri('image/png', 'png bytes'));
  });

  it('reads an address as the browser would, against the store’s place on the site', () => {
    expect(localPicture(withMedia({ url: '../top.jpg', alt: '' }), store, root)).toBe(
      dataUri('image/jpeg', 'jpeg bytes'),
    );
    // No climbing out of the site: the path stops at its root, where there is no such file.
    expect(
      localPicture(withMedia({ url: '../../../../etc/passwd.png', alt: '' }), store, root),
    ).toBe(null);
  });

  it('keeps the plain card for a picture elsewhere, missing, of another kind or not a picture', () => {
    for (const item of [
      { url: 'https://example.org/a.png', alt: '' },
      { url: '//example.org/a.png', alt: '' },
      { url: 'pictures/missing.png', alt: '' },
      { url: 'notes.txt', type: 'image', alt: '' },
      { url: 'clip.mp4' },
    ]) {
      expect(localPicture(withMedia(item), store, root), JSON.stringify(item)).toBe(null);
    }
    expect(localPicture(withMedia(), store, root)).toBe(null);
  });

  it('takes the first picture of an event’s media', () => {
    const event = withMedia({ url: 'clip.mp4' }, { url: 'pictures/a.png', alt: 'A' });
    expect(localPicture(event, store, root)).toBe(dataUri('image/png', 'png bytes'));
  });
});
