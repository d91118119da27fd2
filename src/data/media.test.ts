import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  isLoadableAddress,
  kindOfAddress,
  mediaAddress,
  mediaJsonOf,
  MediaJsonSchema,
  playerAddress,
  readMediaItem,
  readMediaList,
  thumbnailOf,
  vimeoId,
  youTubeId,
} from './media.ts';
import { parseDataset } from './schema.ts';
import { storeOf } from './store-json.ts';
import { readCsvStore } from './csv-store.ts';
import { storeToCsv } from './csv-write.ts';

describe('the kind of a media address', () => {
  it.each([
    ['photos/summit.JPG', 'image'],
    ['https://example.org/a/b.webp?w=300', 'image'],
    ['/media/map.svg', 'image'],
    ['clip.mp4', 'video'],
    ['https://cdn.example.org/v.webm#t=3', 'video'],
    ['sound/interview.mp3', 'audio'],
    ['x.opus', 'audio'],
    ['https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'youtube'],
    ['https://youtu.be/aqz-KE-bpKQ?t=10', 'youtube'],
    ['https://www.youtube.com/embed/aqz-KE-bpKQ', 'youtube'],
    ['https://m.youtube.com/shorts/aqz-KE-bpKQ', 'youtube'],
    ['https://vimeo.com/1084537', 'vimeo'],
    ['https://player.vimeo.com/video/1084537?h=1', 'vimeo'],
  ])('%s is %s', (url, kind) => {
    expect(kindOfAddress(url)).toBe(kind);
  });

  it.each(['https://example.org/article', 'document.pdf', 'https://www.youtube.com/watch?v=short'])(
    '%s is of no kind the timeline plays',
    (url) => {
      expect(kindOfAddress(url)).toBeNull();
    },
  );

  it('reads the video ids', () => {
    expect(youTubeId('https://youtu.be/aqz-KE-bpKQ')).toBe('aqz-KE-bpKQ');
    expect(vimeoId('https://vimeo.com/channels/staffpicks/1084537')).toBe('1084537');
    expect(youTubeId('https://evil.example/watch?v=aqz-KE-bpKQ')).toBeNull();
  });
});

describe('addresses', () => {
  it('takes http(s) and relative addresses, never another scheme', () => {
    expect(isLoadableAddress('https://example.org/a.png')).toBe(true);
    expect(isLoadableAddress('media/a.png')).toBe(true);
    expect(isLoadableAddress('javascript:alert(1)')).toBe(false);
    expect(isLoadableAddress('JaVaScRiPt:alert(1)')).toBe(false);
    expect(isLoadableAddress('data:image/png;base64,AAAA')).toBe(false);
    expect(isLoadableAddress('')).toBe(false);
    expect(isLoadableAddress('a" onerror="x.png')).toBe(false);
  });

  it('reads a relative address against the store, so that a store and its pictures move together', () => {
    expect(mediaAddress('media-demo/a.png', 'https://news.example/t/data/demo.json')).toBe(
      'https://news.example/t/data/media-demo/a.png',
    );
    expect(mediaAddress('https://cdn.example/a.png', 'https://news.example/data/x.json')).toBe(
      'https://cdn.example/a.png',
    );
  });

  it('plays YouTube without cookies and Vimeo with do-not-track', () => {
    const youtube = readMediaItem({ url: 'https://youtu.be/aqz-KE-bpKQ' }, 'media.0').media;
    const vimeo = readMediaItem({ url: 'https://vimeo.com/1084537' }, 'media.0').media;
    if (youtube.kind !== 'youtube' || vimeo.kind !== 'vimeo') throw new Error('wrong kinds');
    expect(new URL(playerAddress(youtube)).hostname).toBe('www.youtube-nocookie.com');
    expect(new URL(playerAddress(vimeo)).searchParams.get('dnt')).toBe('1');
  });
});

describe('reading a media item', () => {
  it('keeps an image with its alt text, caption, credit and thumbnail', () => {
    const read = readMediaItem(
      {
        url: 'a.png',
        alt: 'A map',
        caption: 'The map',
        credit: 'Drawing: us',
        thumbnail: 'a-320.png',
      },
      'media.0',
    );
    expect(read.problems).toEqual([]);
    expect(read.media).toMatchObject({ kind: 'image', alt: 'A map', thumbnail: 'a-320.png' });
  });

  it('lists an image without alt as a problem, and still shows it', () => {
    const read = readMediaItem({ url: 'a.png', caption: 'c' }, 'media.0');
    expect(read.media).toMatchObject({ kind: 'image', alt: null });
    expect(read.problems).toEqual([
      { field: 'media.0.alt', reason: { code: 'media-alt-missing' } },
    ]);
  });

  it('takes alt "" as a decorative picture, without a problem', () => {
    const read = readMediaItem({ url: 'a.png', alt: '' }, 'media.0');
    expect(read.problems).toEqual([]);
    expect(read.media).toMatchObject({ alt: '' });
  });

  it('keeps the caption and credit of an item that cannot be shown, and says why', () => {
    const read = readMediaItem(
      { url: 'javascript:alert(1)', caption: 'Cap', credit: 'Cred' },
      'media.0',
    );
    expect(read.media).toMatchObject({ kind: 'unplayable', caption: 'Cap', credit: 'Cred' });
    const because = { code: 'not-loadable', url: 'javascript:alert(1)' };
    expect(read.media).toMatchObject({ reason: because });
    expect(read.problems[0]).toEqual({
      field: 'media.0.url',
      reason: { code: 'media-not-shown', because },
    });
  });

  it('names an unknown kind, given or unguessable', () => {
    expect(readMediaItem({ url: 'a.png', type: 'hologram' }, 'm').problems[0]).toMatchObject({
      field: 'm.type',
      reason: { code: 'media-not-shown', because: { code: 'unknown-type', type: 'hologram' } },
    });
    expect(readMediaItem({ url: 'https://example.org/page' }, 'm').media.kind).toBe('unplayable');
    expect(readMediaItem({ caption: 'x' }, 'm').problems[0]?.field).toBe('m.url');
  });

  it.each([
    [{ caption: 'x' }, 'm.url', { code: 'no-url' }],
    [{ url: 7 }, 'm.url', { code: 'url-not-text' }],
    [{ url: 'a.png', alt: 7 }, 'm', { code: 'not-an-object' }],
    [{ url: 'https://example.org/page' }, 'm.url', { code: 'kind-unknown' }],
    [
      { url: 'https://example.org/v', type: 'youtube' },
      'm.url',
      { code: 'not-a-video-of', service: 'youtube' },
    ],
  ])('keeps %j as unplayable, saying why', (raw, field, because) => {
    const read = readMediaItem(raw, 'm');
    expect(read.media).toMatchObject({ kind: 'unplayable', reason: because });
    expect(read.problems).toContainEqual({ field, reason: { code: 'media-not-shown', because } });
  });

  it('leaves out a thumbnail or a link that is not a web address, and says so', () => {
    const read = readMediaItem(
      { url: 'a.png', alt: '', thumbnail: 'javascript:x', link: 'ftp://x' },
      'm',
    );
    expect(read.media).toMatchObject({ kind: 'image', thumbnail: undefined, link: undefined });
    expect(read.problems).toEqual([
      { field: 'm.thumbnail', reason: { code: 'media-thumbnail-left-out' } },
      { field: 'm.link', reason: { code: 'media-link-left-out' } },
    ]);
  });

  it('takes the kind from type when the address does not tell it', () => {
    expect(
      readMediaItem({ url: 'https://cdn.example/v?id=3', type: 'Video' }, 'm').media.kind,
    ).toBe('video');
  });

  it('reads a lone item as a list of one, as TimelineJS writes it', () => {
    expect(readMediaList({ url: 'a.mp3' }).media.map((m) => m.kind)).toEqual(['audio']);
  });

  it('gives the thumbnail a marker shows', () => {
    const { media } = readMediaList([{ url: 'clip.mp4', thumbnail: 'poster.png' }]);
    expect(thumbnailOf(media)).toBe('poster.png');
    expect(thumbnailOf(readMediaList([{ url: 'a.png', alt: '' }]).media)).toBe('a.png');
    expect(thumbnailOf(readMediaList([{ url: 'a.mp3' }]).media)).toBeNull();
  });
});

const store = (media: unknown, lead?: unknown) => ({
  version: 1,
  title: 'T',
  ...(lead !== undefined && { media: lead }),
  topics: [{ id: 'a', label: 'A', color: '#123456' }],
  events: [
    {
      id: 'one',
      title: 'One',
      date: { precision: 'day', start: '2020-01-02' },
      topics: ['a'],
      media,
    },
    { id: 'two', title: 'Two', date: { precision: 'day', start: '2020-01-03' }, topics: ['a'] },
  ],
});

describe('media in a dataset', () => {
  it('never drops an event for its media, and names the problem by event and field', () => {
    const result = parseDataset(store([{ url: 'data:text/html,hi', caption: 'c' }]));
    if (result.kind !== 'ok') throw new Error('did not parse');
    expect(result.dataset.events.map((e) => e.id)).toEqual(['one', 'two']);
    expect(result.dataset.events[0]?.media[0]).toMatchObject({ kind: 'unplayable', caption: 'c' });
    expect(result.problems).toEqual([
      expect.objectContaining({
        record: { kind: 'event', number: 1, id: 'one' },
        field: 'media.0.url',
      }),
    ]);
    expect(result.dataset.events[1]?.media).toEqual([]);
  });

  it('reads the lead media', () => {
    const result = parseDataset(store(undefined, { url: 'lead.png', alt: 'Lead' }));
    if (result.kind !== 'ok') throw new Error('did not parse');
    expect(result.dataset.media).toMatchObject({ kind: 'image', alt: 'Lead' });
  });

  it('writes media back to JSON and CSV, and reads them again the same', () => {
    const media = [
      {
        url: 'a.png',
        alt: 'A',
        caption: 'C',
        credit: 'D',
        thumbnail: 'a-320.png',
        link: 'https://e.org/',
      },
    ];
    const parsed = parseDataset(store(media, { url: 'https://youtu.be/aqz-KE-bpKQ' }));
    if (parsed.kind !== 'ok') throw new Error('did not parse');
    const json = storeOf(parsed.dataset, parsed.dataset.events);
    expect(json.events[0]?.media).toEqual(media);
    expect(json.media).toEqual({ url: 'https://youtu.be/aqz-KE-bpKQ' });
    const csv = readCsvStore(storeToCsv(json), 'x.csv');
    if (csv.kind !== 'ok') throw new Error(JSON.stringify(csv.reason));
    const again = parseDataset(csv.store.json);
    if (again.kind !== 'ok') throw new Error('did not parse');
    expect(again.dataset.events[0]?.media.map(mediaJsonOf)).toEqual(media);
    expect(again.dataset.media?.kind).toBe('youtube');
  });
});

describe('the description of a media item as written', () => {
  it.each([
    [{ url: 'https://example.com/a.jpg', alt: 'A picture' }, true],
    [{ url: 'pictures/a.jpg', alt: '', caption: 'Relative to the store' }, true],
    [{ url: 'https://youtu.be/dQw4w9WgXcQ', type: 'youtube' }, true],
    [{ url: 'https://example.com/a.mp4', link: 'https://example.com/' }, true],
    [{ url: 'javascript:alert(1)' }, false],
    [{ url: '' }, false],
    [{ url: 'https://example.com/a.jpg', alt: 'A', thumbnail: 'data:image/png;base64,AA' }, false],
    [{ url: 'https://example.com/a.jpg', alt: 'A', link: 'ftp://example.com/' }, false],
    [{ url: 'https://example.com/a.jpg', alt: 'A', type: 'picture' }, false],
    [{ alt: 'No address' }, false],
  ])('takes %j as valid (%s) exactly when the reader reads it without a problem', (item, valid) => {
    expect(v.is(MediaJsonSchema, item)).toBe(valid);
    expect(readMediaItem(item, 'media').problems.length === 0).toBe(valid);
  });
});
