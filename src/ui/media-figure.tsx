import { useState, type ReactNode } from 'react';
import { mediaAddress, playerAddress, type Media } from '../data/media.ts';
import { pagePolicy, policyAllows } from '../data/csp-connect.ts';
import { relativeToRoot } from '../data/store-address.ts';
import { t } from '../i18n/messages.ts';

interface MediaFigureProps {
  media: Media;
  /** The store's own address: relative media addresses are read against it. */
  storeUrl: string;
  /** What the video is of, when it has no caption: the event's title. */
  name: string;
}

/**
 * One picture, video or sound with its caption and credit, which always show, whatever becomes
 * of the file. Its box has its shape before the file loads, so nothing below it moves.
 */
export function MediaFigure({ media, storeUrl, name }: MediaFigureProps) {
  const caption = media.caption || media.credit ? <MediaCaption media={media} /> : null;
  return (
    <figure className={`media media--${media.kind}`}>
      <MediaBody media={media} storeUrl={storeUrl} name={name} />
      {caption}
    </figure>
  );
}

function MediaCaption({ media }: { media: Media }) {
  const link = media.kind === 'unplayable' ? undefined : media.link;
  return (
    <figcaption className="media__caption">
      {media.caption && <span dir="auto">{media.caption}</span>}
      {media.caption && media.credit && ' '}
      {media.credit && (
        <span className="media__credit" dir="auto">
          {link ? (
            <a href={link} rel="noopener noreferrer" target="_blank">
              {media.credit}
            </a>
          ) : (
            media.credit
          )}
        </span>
      )}
    </figcaption>
  );
}

function MediaBody({ media, storeUrl, name }: MediaFigureProps): ReactNode {
  const [failed, setFailed] = useState<string | null>(null);
  if (media.kind === 'unplayable') {
    return <p className="media__message">{t().mediaUnplayable}</p>;
  }
  const src = relativeToRoot(mediaAddress(media.url, storeUrl));
  const thumbnail = media.thumbnail && relativeToRoot(mediaAddress(media.thumbnail, storeUrl));
  if (failed) return <p className="media__message media__frame">{failed}</p>;
  switch (media.kind) {
    case 'image':
      return (
        <div className="media__frame">
          <img
            src={src}
            // null: the author gave none, a listed problem; the caption beside it still names it.
            alt={media.alt ?? ''}
            loading="lazy"
            decoding="async"
            {...(thumbnail && {
              srcSet: `${thumbnail} 320w, ${src} 1280w`,
              sizes: '(min-width: 960px) 380px, 100vw',
            })}
            onError={() => setFailed(failureMessage(src, 'img-src', t().mediaNoun('image')))}
          />
        </div>
      );
    case 'video':
      return (
        <div className="media__frame">
          {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the format has no captions track yet */}
          <video
            src={src}
            controls
            playsInline
            preload="metadata"
            {...(thumbnail && { poster: thumbnail })}
            aria-label={media.caption || name}
            onError={() => setFailed(failureMessage(src, 'media-src', t().mediaNoun('video')))}
          />
        </div>
      );
    case 'audio':
      return (
        // eslint-disable-next-line jsx-a11y/media-has-caption -- the format has no captions track yet
        <audio
          className="media__audio"
          src={src}
          controls
          preload="none"
          aria-label={media.caption || name}
          onError={() => setFailed(failureMessage(src, 'media-src', t().mediaNoun('audio')))}
        />
      );
    case 'youtube':
    case 'vimeo':
      return <VideoPoster media={media} thumbnail={thumbnail || undefined} name={name} />;
  }
}

/**
 * A video from YouTube or Vimeo: a poster of our own until the reader presses play, so that no
 * request goes to the other site before then. Then its player, without cookies or tracking.
 */
function VideoPoster({
  media,
  thumbnail,
  name,
}: {
  media: Media & { kind: 'youtube' | 'vimeo' };
  thumbnail: string | undefined;
  name: string;
}) {
  const [playing, setPlaying] = useState(false);
  const site = media.kind === 'youtube' ? 'YouTube' : 'Vimeo';
  // Where the video plays from is said under the box, outside the button: the button's name
  // then holds all of its visible text, as speech input needs.
  const from = <p className="media__note">{t().loadsFrom(site)}</p>;
  if (playing) {
    return (
      <>
        <div className="media__frame">
          <iframe
            src={playerAddress(media)}
            title={t().videoPlayer(name, site)}
            allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        </div>
        {from}
      </>
    );
  }
  return (
    <>
      <button
        type="button"
        className="media__frame media__poster"
        aria-label={t().playVideo(name)}
        onClick={() => setPlaying(true)}
      >
        {thumbnail && <img src={thumbnail} alt="" loading="lazy" decoding="async" />}
        <span className="media__play" aria-hidden="true" />
        <span className="media__poster-text">
          <span className="media__poster-title">{name}</span>
        </span>
      </button>
      {from}
    </>
  );
}

/**
 * Why a file did not load, in words: the browser gives the same error for a file the page's
 * policy refused as for one that is missing, so the policy is read to tell them apart.
 */
function failureMessage(src: string, directive: 'img-src' | 'media-src', noun: string): string {
  const policy = pagePolicy();
  try {
    const url = new URL(src);
    if (policy && !policyAllows(policy, directive, url, window.location.origin)) {
      return t().mediaBlocked(noun, url.host);
    }
  } catch {
    // Not an address the page could read: it simply failed.
  }
  return t().mediaFailed(noun);
}

/**
 * An item in the printout: a picture on paper (the thumbnail where there is one, which prints
 * sharp enough at a column's width), with its caption and credit. The printout is in the page
 * before anyone prints, and a lazy picture in a hidden part never loads: these load at once, last.
 */
export function PrintedMedia({ media, storeUrl }: { media: Media; storeUrl: string }) {
  const still =
    media.kind === 'unplayable'
      ? null
      : media.kind === 'image'
        ? (media.thumbnail ?? media.url)
        : (media.thumbnail ?? null);
  if (!still && !media.caption && !media.credit) return null;
  return (
    <figure className="print-media">
      {still && (
        <img
          src={relativeToRoot(mediaAddress(still, storeUrl))}
          alt={media.kind === 'image' ? (media.alt ?? '') : ''}
          decoding="async"
          fetchPriority="low"
        />
      )}
      {(media.caption || media.credit) && <MediaCaption media={media} />}
    </figure>
  );
}
