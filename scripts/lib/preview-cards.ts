/**
 * The preview images' layouts as satori element trees (the `{ type, props }` objects JSX would
 * make), so that scripts/ needs no JSX. Only text from the data goes in, as text children: satori
 * lays it out and draws it, it never parses or runs it.
 */
import type { ReactElement } from 'react';
import { SANS, SERIF } from './preview-fonts.ts';
import { topicInks } from '../../src/ui/contrast.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;

// The app's light palette (src/app/styles.css).
const INK = '#1f2328';
const MUTED = '#57606a';
const LINE = '#d0d7de';
const PAPER = '#ffffff';
const WASH = '#f6f8fa';
const ACCENT = '#1d4ed8';

type Style = Record<string, string | number>;
type Child = Element | string;
export type Element = ReactElement<
  { style: Style; children?: Child | Child[]; src?: string; width?: number; height?: number },
  string
>;

function h(type: string, style: Style, ...children: Child[]): Element {
  return { type, key: null, props: { style, children } };
}

const div = (style: Style, ...children: Child[]) =>
  h('div', { display: 'flex', ...style }, ...children);

/** Text cut by satori to `lines` lines, the last ending in an ellipsis when it does not fit. */
function clamped(text: string, lines: number, style: Style): Element {
  return h('div', { display: 'block', lineClamp: lines, ...style }, text);
}

export interface CardTopic {
  label: string;
  color: string;
}

export interface EventCardText {
  headline: string;
  dateLabel: string;
  /** Its label may be '': the topic then shows only as the color of the band. */
  topic: CardTopic | null;
  datasetTitle: string;
  attribution: string;
}

export interface HomeCardText {
  headline: string;
  description: string;
  facts: string;
  topics: CardTopic[];
  attribution: string;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** A chip in the topic's color, its label white or ink, whichever reads better on it. */
function topicChip(topic: CardTopic, size: number): Element {
  const inks = HEX.test(topic.color) ? topicInks(topic.color) : undefined;
  return div(
    {
      alignItems: 'center',
      padding: `${size * 0.3}px ${size * 0.7}px`,
      borderRadius: size * 0.3,
      background: inks?.fill ?? WASH,
      color: inks?.onFill ?? INK,
      border: inks ? 'none' : `2px solid ${LINE}`,
      fontFamily: SANS,
      fontWeight: 600,
      fontSize: size,
      lineHeight: 1.2,
      maxWidth: 520,
    },
    clamped(topic.label, 1, {}),
  );
}

/** The product's mark: events on a line, the middle one in the card's color, and its name. */
function wordmark(colors: string[]): Element {
  const dots = colors.length >= 3 ? colors.slice(0, 3) : [LINE, colors[0] ?? ACCENT, LINE];
  return div(
    { alignItems: 'center', flexShrink: 0, marginLeft: 40 },
    div(
      { position: 'relative', width: 84, height: 18, marginRight: 14 },
      div({ position: 'absolute', left: 0, right: 0, top: 8, height: 2, background: LINE }),
      ...dots.map((color, i) =>
        div({
          position: 'absolute',
          left: 6 + i * 30,
          top: 3,
          width: 12,
          height: 12,
          borderRadius: 6,
          background: HEX.test(color) ? color : ACCENT,
        }),
      ),
    ),
    div(
      { fontFamily: SANS, fontWeight: 600, fontSize: 22, color: MUTED, letterSpacing: 0.5 },
      'Newsline',
    ),
  );
}

function footer(datasetTitle: string, attribution: string, colors: string[]): Element {
  const lines: Element[] = [];
  if (datasetTitle) {
    lines.push(
      clamped(datasetTitle, 1, {
        fontFamily: SERIF,
        fontWeight: 600,
        fontSize: 28,
        lineHeight: 1.25,
        color: INK,
        marginBottom: 4,
      }),
    );
  }
  if (attribution) {
    // Without a title above it, the source may take the second line for its dates.
    lines.push(
      clamped(attribution, datasetTitle ? 1 : 2, {
        fontFamily: SANS,
        fontWeight: 400,
        fontSize: 21,
        lineHeight: 1.4,
        color: MUTED,
      }),
    );
  }
  return div(
    { borderTop: `2px solid ${LINE}`, paddingTop: 24, alignItems: 'center', flexShrink: 0 },
    div({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0 }, ...lines),
    wordmark(colors),
  );
}

function frame(band: string, ...children: Child[]): Element {
  return div(
    {
      width: WIDTH,
      height: HEIGHT,
      flexDirection: 'column',
      background: PAPER,
      color: INK,
      fontFamily: SANS,
    },
    div({ height: 12, background: band }),
    div(
      { flexDirection: 'column', flexGrow: 1, padding: '52px 72px 44px', minHeight: 0 },
      ...children,
    ),
  );
}

/** Shorter headlines set larger, so that a four-word title fills the card as a long one does. */
export function headlineSize(text: string): number {
  const length = Array.from(text).length;
  if (length <= 40) return 80;
  if (length <= 70) return 68;
  if (length <= 110) return 58;
  return 52;
}

/** The small line above a headline (a date, or the counts), and the headline itself. */
const KICKER_TEXT: Style = {
  fontFamily: SANS,
  fontWeight: 600,
  fontSize: 26,
  lineHeight: 1.3,
  color: MUTED,
};
const HEADLINE_TEXT: Style = {
  fontFamily: SERIF,
  fontWeight: 600,
  lineHeight: 1.12,
  color: INK,
  letterSpacing: -0.5,
};

const bandOf = (color: string | undefined) => (color && HEX.test(color) ? color : ACCENT);

export function eventCard(card: EventCardText): Element {
  const kicker: Child[] = [];
  if (card.topic?.label) kicker.push(topicChip(card.topic, 24));
  if (card.dateLabel) {
    kicker.push(
      clamped(card.dateLabel, 1, {
        ...KICKER_TEXT,
        marginLeft: kicker.length ? 22 : 0,
        flexShrink: 1,
        minWidth: 0,
      }),
    );
  }
  const size = headlineSize(card.headline);
  return frame(
    bandOf(card.topic?.color),
    // The kicker and headline sit together in the middle of the room above the footer, whether
    // the headline takes one line or four.
    div(
      { flexDirection: 'column', flexGrow: 1, justifyContent: 'center', minHeight: 0 },
      ...(kicker.length ? [div({ alignItems: 'center', marginBottom: 24 }, ...kicker)] : []),
      clamped(card.headline, 4, { ...HEADLINE_TEXT, fontSize: size, paddingBottom: 8 }),
    ),
    footer(card.datasetTitle, card.attribution, card.topic ? [card.topic.color] : []),
  );
}

/**
 * How dark the scrim over a picture is where the text may begin (a share of black), and at the
 * bottom. Over a white picture, the lighter gives white text 5.7:1 (WCAG AA asks 4.5:1 for
 * text, 3:1 for text this large); the headline sits below where it is reached.
 */
export const SCRIM_TOP = 0.6;
const SCRIM_BOTTOM = 0.85;
/** Where the scrim reaches SCRIM_TOP, as a share of the card's height. */
export const SCRIM_REACHED = 0.4;
const ON_PICTURE = '#ffffff';
const ON_PICTURE_MUTED = '#e5e7eb';

/**
 * An event's card over its own picture: the picture fills the card, cut to its shape, and the
 * date, headline and source sit at the bottom on a scrim dark enough to read white text over
 * any picture.
 */
export function pictureCard(card: EventCardText & { picture: string }): Element {
  const size = Math.min(headlineSize(card.headline), 64);
  const kicker: Child[] = [];
  if (card.topic?.label) kicker.push(topicChip(card.topic, 22));
  if (card.dateLabel) {
    kicker.push(
      clamped(card.dateLabel, 1, {
        ...KICKER_TEXT,
        color: ON_PICTURE,
        marginLeft: kicker.length ? 20 : 0,
        flexShrink: 1,
        minWidth: 0,
      }),
    );
  }
  const source = [card.datasetTitle, card.attribution].filter(Boolean).join(' · ');
  return div(
    { width: WIDTH, height: HEIGHT, position: 'relative', background: INK, fontFamily: SANS },
    {
      type: 'img',
      key: null,
      props: {
        src: card.picture,
        width: WIDTH,
        height: HEIGHT,
        style: { position: 'absolute', left: 0, top: 0, objectFit: 'cover' },
      },
    },
    div({
      position: 'absolute',
      left: 0,
      top: 0,
      width: WIDTH,
      height: HEIGHT,
      backgroundImage: `linear-gradient(to bottom, rgba(0,0,0,0.05) 0%, rgba(0,0,0,${SCRIM_TOP}) ${SCRIM_REACHED * 100}%, rgba(0,0,0,${SCRIM_BOTTOM}) 100%)`,
    }),
    div({
      position: 'absolute',
      left: 0,
      top: 0,
      width: WIDTH,
      height: 12,
      background: bandOf(card.topic?.color),
    }),
    div(
      {
        position: 'absolute',
        left: 72,
        right: 72,
        bottom: 44,
        top: Math.round(HEIGHT * SCRIM_REACHED),
        flexDirection: 'column',
        justifyContent: 'flex-end',
      },
      ...(kicker.length ? [div({ alignItems: 'center', marginBottom: 18 }, ...kicker)] : []),
      clamped(card.headline, 3, {
        ...HEADLINE_TEXT,
        color: ON_PICTURE,
        fontSize: size,
        paddingBottom: 8,
      }),
      ...(source
        ? [
            clamped(source, 1, {
              fontFamily: SANS,
              fontSize: 21,
              lineHeight: 1.4,
              color: ON_PICTURE_MUTED,
              marginTop: 14,
            }),
          ]
        : []),
    ),
  );
}

/** As many of the topics as fit on one line, as chips in their colors. */
function topicRow(topics: CardTopic[]): Element {
  return div(
    { flexWrap: 'wrap', height: 44, overflow: 'hidden', marginTop: 28 },
    ...topics.map((topic) => div({ marginRight: 12, marginBottom: 12 }, topicChip(topic, 20))),
  );
}

export function homeCard(card: HomeCardText): Element {
  const size = Math.min(headlineSize(card.headline), 68);
  const body: Child[] = [
    clamped(card.facts, 1, { ...KICKER_TEXT, marginBottom: 20 }),
    clamped(card.headline, 3, { ...HEADLINE_TEXT, fontSize: size, paddingBottom: 6 }),
  ];
  if (card.description) {
    body.push(
      clamped(card.description, 2, {
        fontFamily: SANS,
        fontWeight: 400,
        fontSize: 25,
        lineHeight: 1.45,
        color: MUTED,
        marginTop: 16,
      }),
    );
  }
  if (card.topics.length) body.push(topicRow(card.topics));
  return frame(
    ACCENT,
    div({ flexDirection: 'column', flexGrow: 1, justifyContent: 'center', minHeight: 0 }, ...body),
    footer(
      '',
      card.attribution,
      card.topics.map((topic) => topic.color),
    ),
  );
}
