/**
 * Pictures, video and sound on events. An item's kind is read from its address (or its `type`),
 * and one that cannot be shown stays in the event as `unplayable`, with the reason: its caption
 * and credit are the author's text and still show, and the event is never dropped for it.
 */
import * as v from 'valibot';
import type { ProblemReason, UnplayableReason } from './problem.ts';
import { isRecord } from '../lib/is-record.ts';

export const MEDIA_KINDS = ['image', 'video', 'audio', 'youtube', 'vimeo'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

interface MediaText {
  caption: string;
  credit: string;
}

interface Playable extends MediaText {
  /** As written: an http(s) address or one relative to the store (see `mediaAddress`). */
  url: string;
  /** A smaller picture of it, for the timeline, the hover card and `srcset`. */
  thumbnail: string | undefined;
  /** Where the credit or the picture links to, an http(s) address. */
  link: string | undefined;
}

export type Media =
  | (Playable & {
      kind: 'image';
      /** null when the author gave none (a listed problem); '' marks a decorative picture. */
      alt: string | null;
    })
  | (Playable & { kind: 'video' | 'audio' })
  | (Playable & { kind: 'youtube' | 'vimeo'; videoId: string })
  | (MediaText & { kind: 'unplayable'; reason: UnplayableReason });

export interface MediaProblem {
  field: string;
  reason: ProblemReason;
}

const MediaItemSchema = v.object({
  url: v.string(),
  type: v.optional(v.string()),
  alt: v.optional(v.string()),
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
  thumbnail: v.optional(v.string()),
  link: v.optional(v.string()),
});

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
const VIDEO = /\.(?:mp4|m4v|webm|ogv|mov)$/i;
const AUDIO = /\.(?:mp3|m4a|aac|oga|ogg|wav|flac|opus)$/i;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
// Relative addresses are read against a stand-in origin, only to take their path apart.
const STAND_IN = 'https://relative.invalid/';

/** An address the page may load: http(s), or relative to the store. Never javascript: or data:. */
export function isLoadableAddress(url: string): boolean {
  const text = url.trim();
  if (text === '' || /[\s<>"]/.test(text)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text);
  return scheme ? /^https?$/i.test(scheme[1] ?? '') : true;
}

function parsed(url: string): URL | null {
  try {
    return new URL(url.trim(), STAND_IN);
  } catch {
    return null;
  }
}

/** The YouTube video an address plays, in any of the forms YouTube shares them. */
export function youTubeId(url: string): string | null {
  const address = parsed(url);
  if (!address) return null;
  const host = address.hostname.replace(/^(?:www\.|m\.)/, '');
  let id: string | null = null;
  if (host === 'youtu.be') id = address.pathname.split('/')[1] ?? null;
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, first, second] = address.pathname.split('/');
    id =
      first === 'watch'
        ? address.searchParams.get('v')
        : first === 'embed' || first === 'shorts' || first === 'live'
          ? (second ?? null)
          : null;
  }
  return id !== null && YOUTUBE_ID.test(id) ? id : null;
}

/** The Vimeo video an address plays: vimeo.com/123 or player.vimeo.com/video/123. */
export function vimeoId(url: string): string | null {
  const address = parsed(url);
  if (!address) return null;
  const parts = address.pathname.split('/').filter(Boolean);
  const id =
    address.hostname === 'player.vimeo.com' && parts[0] === 'video'
      ? parts[1]
      : /^(?:www\.)?vimeo\.com$/.test(address.hostname)
        ? parts.find((part) => VIMEO_ID.test(part))
        : undefined;
  return id !== undefined && VIMEO_ID.test(id) ? id : null;
}

/** The kind an address is of, by its site or the ending of its file name; null if unknown. */
export function kindOfAddress(url: string): MediaKind | null {
  if (youTubeId(url)) return 'youtube';
  if (vimeoId(url)) return 'vimeo';
  const path = parsed(url)?.pathname ?? '';
  if (IMAGE.test(path)) return 'image';
  if (VIDEO.test(path)) return 'video';
  if (AUDIO.test(path)) return 'audio';
  return null;
}

const isKind = (type: string): type is MediaKind =>
  (MEDIA_KINDS as readonly string[]).includes(type);

/**
 * One item of an event's `media` (or the dataset's lead `media`), read. `path` names it in
 * problems ("media.0"). The item always comes back, unplayable if it must.
 */
export function readMediaItem(
  raw: unknown,
  path: string,
): { media: Media; problems: MediaProblem[] } {
  const item = v.safeParse(MediaItemSchema, raw);
  const text = textOf(raw);
  if (!item.success) {
    const url = isRecord(raw) ? raw.url : undefined;
    const reason: UnplayableReason = {
      code:
        url === undefined ? 'no-url' : typeof url !== 'string' ? 'url-not-text' : 'not-an-object',
    };
    return unplayable(
      text,
      `${path}${url === undefined || typeof url !== 'string' ? '.url' : ''}`,
      reason,
    );
  }
  const { url, type, alt, thumbnail, link } = item.output;
  if (!isLoadableAddress(url)) {
    return unplayable(text, `${path}.url`, { code: 'not-loadable', url });
  }
  const problems: MediaProblem[] = [];
  const keptThumbnail =
    thumbnail !== undefined && isLoadableAddress(thumbnail) ? thumbnail : undefined;
  if (thumbnail !== undefined && keptThumbnail === undefined) {
    problems.push({ field: `${path}.thumbnail`, reason: { code: 'media-thumbnail-left-out' } });
  }
  const keptLink =
    link !== undefined && /^https?:\/\//i.test(link.trim()) ? link.trim() : undefined;
  if (link !== undefined && keptLink === undefined) {
    problems.push({ field: `${path}.link`, reason: { code: 'media-link-left-out' } });
  }
  const written = type?.trim().toLowerCase();
  const kind = written ? (isKind(written) ? written : null) : kindOfAddress(url);
  if (kind === null) {
    return unplayable(
      text,
      written ? `${path}.type` : `${path}.url`,
      written ? { code: 'unknown-type', type: type ?? '' } : { code: 'kind-unknown' },
      problems,
    );
  }
  const playable = { ...text, url: url.trim(), thumbnail: keptThumbnail, link: keptLink };
  switch (kind) {
    case 'image':
      if (alt === undefined) {
        problems.push({ field: `${path}.alt`, reason: { code: 'media-alt-missing' } });
      }
      return { media: { ...playable, kind, alt: alt ?? null }, problems };
    case 'video':
    case 'audio':
      return { media: { ...playable, kind }, problems };
    case 'youtube':
    case 'vimeo': {
      const videoId = kind === 'youtube' ? youTubeId(url) : vimeoId(url);
      if (videoId === null) {
        return unplayable(text, `${path}.url`, { code: 'not-a-video-of', service: kind }, problems);
      }
      return { media: { ...playable, kind, videoId }, problems };
    }
  }
}

/** An event's `media` list (or a lone item, as TimelineJS writes it), read item by item. */
export function readMediaList(
  raw: unknown,
  path = 'media',
): { media: Media[]; problems: MediaProblem[] } {
  if (raw === undefined) return { media: [], problems: [] };
  const items = Array.isArray(raw) ? raw : [raw];
  const media: Media[] = [];
  const problems: MediaProblem[] = [];
  items.forEach((item, i) => {
    const read = readMediaItem(item, Array.isArray(raw) ? `${path}.${i}` : path);
    media.push(read.media);
    problems.push(...read.problems);
  });
  return { media, problems };
}

function unplayable(
  text: MediaText,
  field: string,
  reason: UnplayableReason,
  problems: MediaProblem[] = [],
): { media: Media; problems: MediaProblem[] } {
  return {
    media: { ...text, kind: 'unplayable', reason },
    problems: [...problems, { field, reason: { code: 'media-not-shown', because: reason } }],
  };
}

function textOf(raw: unknown): MediaText {
  const record = isRecord(raw) ? raw : {};
  return {
    caption: typeof record.caption === 'string' ? record.caption : '',
    credit: typeof record.credit === 'string' ? record.credit : '',
  };
}

/**
 * The address to load: a relative one is read against the store's own address, so that a
 * store and its pictures move together.
 */
export function mediaAddress(url: string, storeUrl: string): string {
  try {
    return new URL(url, storeUrl).href;
  } catch {
    return url;
  }
}

/** The players, loaded only when the reader presses play: YouTube without cookies, Vimeo with do-not-track. */
export function playerAddress(media: Media & { kind: 'youtube' | 'vimeo' }): string {
  return media.kind === 'youtube'
    ? `https://www.youtube-nocookie.com/embed/${media.videoId}?autoplay=1&rel=0`
    : `https://player.vimeo.com/video/${media.videoId}?dnt=1&autoplay=1`;
}

/** The picture a marker or card shows small: the thumbnail, else an image's own address. */
export function thumbnailOf(media: readonly Media[]): string | null {
  for (const item of media) {
    if (item.kind === 'unplayable') continue;
    if (item.thumbnail) return item.thumbnail;
    if (item.kind === 'image') return item.url;
  }
  return null;
}

// Checks' messages are codes, as store-shape.ts's are: the interface words them.
const NOT_A_URL = 'not-a-url' satisfies ProblemReason['code'];
const NOT_A_WEB_URL = 'not-a-web-url' satisfies ProblemReason['code'];

/**
 * An item as a store writes it when nothing is wrong with it: what exports write and the JSON
 * Schema describes (store-shape.ts). `readMediaItem` reads more leniently, keeping what it can of
 * an item that is not quite this.
 */
export const MediaJsonSchema = v.pipe(
  v.object({
    url: v.pipe(
      v.string(),
      v.check(isLoadableAddress, NOT_A_URL),
      v.description('An http(s) address, or one relative to this file.'),
    ),
    type: v.optional(v.picklist(MEDIA_KINDS)),
    alt: v.optional(
      v.pipe(
        v.string(),
        v.description(
          'What the picture shows, for readers who cannot see it. Required for images; "" marks a decorative one.',
        ),
      ),
    ),
    caption: v.optional(v.string()),
    credit: v.optional(v.string()),
    thumbnail: v.optional(
      v.pipe(
        v.string(),
        v.check(isLoadableAddress, NOT_A_URL),
        v.description("A smaller picture of it, for the timeline's markers and srcset."),
      ),
    ),
    link: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\//i, NOT_A_WEB_URL))),
  }),
  v.description(
    'A picture, video or sound. Its kind is taken from the address (an image, video or audio file, a YouTube or Vimeo link) unless type gives it.',
  ),
);

export type MediaJson = v.InferInput<typeof MediaJsonSchema>;

/** The item in the store's form, or null for one that could not be shown (its address was bad). */
export function mediaJsonOf(media: Media): MediaJson | null {
  if (media.kind === 'unplayable') return null;
  const json: MediaJson = { url: media.url };
  if (kindOfAddress(media.url) !== media.kind) json.type = media.kind;
  if (media.kind === 'image' && media.alt !== null) json.alt = media.alt;
  if (media.caption) json.caption = media.caption;
  if (media.credit) json.credit = media.credit;
  if (media.thumbnail) json.thumbnail = media.thumbnail;
  if (media.link) json.link = media.link;
  return json;
}
