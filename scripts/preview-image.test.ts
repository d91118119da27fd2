import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../src/ui/contrast.ts';
import { SCRIM_REACHED } from './lib/preview-cards.ts';
import { encodePalettePng } from './lib/palette-png.ts';
import {
  homeSvg,
  previewSvg,
  renderHomeImage,
  renderPreviewImage,
  type HomePreviewCard,
  type PreviewCard,
} from './preview-image.ts';

const CARD: PreviewCard = {
  title: 'Trump has denied the veracity of US intelligence reports',
  dateLabel: 'July 2020',
  topic: { label: 'Intelligence', color: '#505008' },
  datasetTitle: '37 times President Trump was soft on Russia',
  attribution: 'Source: CNN, “37 times President Trump was soft on Russia”',
};

const HOME: HomePreviewCard = {
  datasetTitle: CARD.datasetTitle,
  description: 'Episodes in which Donald Trump was soft on Russia, as catalogued by CNN.',
  attribution: `${CARD.attribution}, first published November 17, 2019.`,
  eventCount: 1234,
  span: '2013–2020',
  topics: [{ label: 'Sanctions', color: '#b21040' }],
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The size a PNG declares in its IHDR chunk, which must come first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect(Array.from(png.slice(0, 8))).toEqual(PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text satori laid out, in order: it writes a word or a space per <text> element. */
async function svgText(svg: Promise<string>): Promise<string> {
  return [...(await svg).matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((match) => match[1] ?? '')
    .join('')
    .replace(/&(lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

describe('renderPreviewImage', () => {
  it.each<[string, PreviewCard]>([
    ['a normal card', CARD],
    ['a very long title', { ...CARD, title: 'A very long title about Russia. '.repeat(200) }],
    ['no topic', { ...CARD, topic: null }],
    ['a right-to-left title', { ...CARD, title: 'ترامب ينفي صحة تقارير الاستخبارات الأمريكية' }],
    [
      'nothing at all',
      { title: '', dateLabel: '', topic: null, datasetTitle: '', attribution: '' },
    ],
  ])('draws a 1200×630 PNG for %s', async (_, card) => {
    expect(pngSize(await renderPreviewImage(card))).toEqual({ width: 1200, height: 630 });
  });

  it('draws the home image at 1200×630 too', async () => {
    expect(pngSize(await renderHomeImage(HOME))).toEqual({ width: 1200, height: 630 });
  });
});

describe('the card', () => {
  it('carries the title, date label, topic, dataset title and attribution', async () => {
    const text = await svgText(previewSvg(CARD, { textAsPaths: false }));
    for (const part of [
      CARD.title,
      'July 2020',
      'Intelligence',
      CARD.datasetTitle,
      CARD.attribution,
    ]) {
      expect(text).toContain(part);
    }
  });

  it('draws text as outlines by default, so the PNG needs no system font', async () => {
    const svg = await previewSvg(CARD);
    expect(svg).not.toContain('<text');
    expect(svg).toContain('<path');
  });

  it('cuts a very long title with an ellipsis', async () => {
    const title = 'Trump praised Putin again at a rally. '.repeat(20);
    const text = await svgText(previewSvg({ ...CARD, title }, { textAsPaths: false }));
    expect(text).toContain('Trump praised Putin again at a rally.');
    expect(text).toContain('…');
    expect(text).not.toContain(title.trim());
    expect(text).toContain(CARD.attribution);
  });

  it('keeps markup in a title as text', async () => {
    const title = '<script>alert("x")</script> & <b>bold</b>';
    const svg = await previewSvg({ ...CARD, title }, { textAsPaths: false });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(await svgText(Promise.resolve(svg))).toContain(title);
  });

  it('shows the dataset title instead of a title the fonts cannot draw', async () => {
    const title = 'טראמפ הכחיש את דיווחי המודיעין';
    const text = await svgText(previewSvg({ ...CARD, title }, { textAsPaths: false }));
    expect(text).not.toContain('טראמפ');
    // The headline follows the date label.
    expect(text).toContain(`July 2020${CARD.datasetTitle}`);
  });

  it('draws Cyrillic and Greek titles', async () => {
    const title = 'Трамп и Путин — Τραμπ';
    expect(await svgText(previewSvg({ ...CARD, title }, { textAsPaths: false }))).toContain(title);
  });

  it('leaves out the chip when there is no topic', async () => {
    const text = await svgText(previewSvg({ ...CARD, topic: null }, { textAsPaths: false }));
    expect(text).not.toContain('Intelligence');
    expect(text).toContain(CARD.title);
  });
});

describe('the home card', () => {
  it('carries the dataset title, description, counts, topics and source', async () => {
    const text = await svgText(homeSvg(HOME, { textAsPaths: false }));
    for (const part of [
      HOME.datasetTitle,
      HOME.description,
      '1,234 events · 2013–2020',
      'Sanctions',
      HOME.attribution,
    ]) {
      expect(text).toContain(part);
    }
  });

  it('says one event in the singular', async () => {
    const text = await svgText(
      homeSvg({ ...HOME, eventCount: 1, span: '' }, { textAsPaths: false }),
    );
    expect(text).toContain('1 event');
    expect(text).not.toContain('1 events');
  });
});

describe('the card over an event’s own picture', () => {
  /** A white picture: the lightest any picture can be under the scrim. */
  const white = `data:image/png;base64,${encodePalettePng(64, 36, new Uint8Array(64 * 36 * 4).fill(255)).toString('base64')}`;

  it('shows the picture behind the date, the headline and the source', async () => {
    const svg = previewSvg({ ...CARD, picture: white }, { textAsPaths: false });
    expect(await svg).toContain(white.slice(0, 60));
    const text = await svgText(svg);
    expect(text).toContain(CARD.title);
    expect(text).toContain(CARD.dateLabel);
    expect(text).toContain(CARD.datasetTitle);
  });

  it('keeps white text readable over the whitest picture, wherever the text may sit', async () => {
    const svg = await previewSvg({ ...CARD, picture: white });
    const { pixels, width, height } = new Resvg(svg).render();
    // The left margin, from where the text may begin down to the bottom: the scrim, no text.
    let lightest = 0;
    for (let y = Math.ceil(height * SCRIM_REACHED); y < height; y++) {
      for (let x = 8; x < 60; x++) lightest = Math.max(lightest, pixels[(y * width + x) * 4] ?? 0);
    }
    const gray = `#${lightest.toString(16).padStart(2, '0').repeat(3)}`;
    expect(contrastRatio('#ffffff', gray)).toBeGreaterThanOrEqual(4.5);
    // …and the picture shows above: the top is lighter than any of that.
    expect(pixels[(40 * width + 600) * 4]).toBeGreaterThan(lightest + 60);
  });

  it('is a 1200×630 PNG', async () => {
    expect(pngSize(await renderPreviewImage({ ...CARD, picture: white }))).toEqual({
      width: 1200,
      height: 630,
    });
  });
});
