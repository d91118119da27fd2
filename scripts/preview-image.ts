/**
 * The 1200×630 PNG shown when a link to the timeline or to one of its events is unfurled: satori
 * lays out an element tree as SVG, resvg draws the SVG as PNG. Fonts come from node_modules, so
 * rendering needs no network.
 */
import { Resvg } from '@resvg/resvg-js';
import type { ReactNode } from 'react';
import satori from 'satori';
import {
  eventCard,
  HEIGHT,
  homeCard,
  pictureCard,
  WIDTH,
  type CardTopic,
  type Element,
} from './lib/preview-cards.ts';
import { previewFonts } from './lib/preview-fonts.ts';
import { cardText } from './lib/preview-text.ts';

/** The size of every preview image, for the pages' og:image tags. */
export const PREVIEW_WIDTH = WIDTH;
export const PREVIEW_HEIGHT = HEIGHT;

export interface PreviewCard {
  title: string;
  dateLabel: string;
  topic: { label: string; color: string } | null;
  datasetTitle: string;
  attribution: string;
  /** The event's own picture, as a data: URI, when it has a local one (local-picture.ts). */
  picture?: string | null;
}

export interface HomePreviewCard {
  datasetTitle: string;
  description: string;
  /** The source, said as the app's masthead says it: "Source: CNN, “…”". */
  attribution: string;
  eventCount: number;
  /** The years the events cover, e.g. "2013–2020"; '' when unknown. */
  span: string;
  /** The dataset's topics, whose colors mark the card. */
  topics?: readonly CardTopic[];
}

export interface SvgOptions {
  /**
   * Draw text as outlines (the default, what resvg needs to draw with our fonts) or keep it as
   * `<text>` elements, whose content can be read back.
   */
  textAsPaths?: boolean;
}

const UNTITLED = 'Untitled timeline';

/** The element tree of an event's card, its text cleaned and fitted. */
export function previewTree(card: PreviewCard): Element {
  const datasetTitle = cardText(card.datasetTitle);
  const text = {
    // A title the fonts cannot draw gives way to the dataset's: the card still says where the
    // link goes, and the unfurl shows the event's own title as text beside it.
    headline: cardText(card.title) || datasetTitle || UNTITLED,
    dateLabel: cardText(card.dateLabel),
    // A label the fonts cannot draw leaves the topic its color, on the band, without a chip.
    topic: card.topic && { label: cardText(card.topic.label), color: card.topic.color },
    datasetTitle,
    attribution: cardText(card.attribution),
  };
  return card.picture ? pictureCard({ ...text, picture: card.picture }) : eventCard(text);
}

export function homeTree(card: HomePreviewCard): Element {
  const count = `${card.eventCount.toLocaleString('en-US')} ${card.eventCount === 1 ? 'event' : 'events'}`;
  const span = cardText(card.span);
  return homeCard({
    headline: cardText(card.datasetTitle) || UNTITLED,
    description: cardText(card.description),
    facts: span ? `${count} · ${span}` : count,
    topics: (card.topics ?? [])
      .map((topic) => ({ label: cardText(topic.label), color: topic.color }))
      .filter((topic) => topic.label),
    attribution: cardText(card.attribution),
  });
}

export function treeToSvg(tree: Element, { textAsPaths = true }: SvgOptions = {}): Promise<string> {
  return satori(tree as ReactNode, {
    width: WIDTH,
    height: HEIGHT,
    fonts: previewFonts(),
    embedFont: textAsPaths,
  });
}

export function svgToPng(svg: string): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: 'original' },
    // The text is already outlines; resvg needs no fonts of its own, and looking for the
    // system's would cost time on every image.
    font: { loadSystemFonts: false },
  }).render();
  return png.asPng();
}

export function previewSvg(card: PreviewCard, options?: SvgOptions): Promise<string> {
  return treeToSvg(previewTree(card), options);
}

export function homeSvg(card: HomePreviewCard, options?: SvgOptions): Promise<string> {
  return treeToSvg(homeTree(card), options);
}

/** An event's preview image: a 1200×630 PNG. */
export async function renderPreviewImage(card: PreviewCard): Promise<Uint8Array> {
  return svgToPng(await previewSvg(card));
}

/** The home page's preview image: a 1200×630 PNG. */
export async function renderHomeImage(card: HomePreviewCard): Promise<Uint8Array> {
  return svgToPng(await homeSvg(card));
}
