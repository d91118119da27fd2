import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** What a link preview shows of one page. */
export interface PreviewCard {
  title: string;
  dateLabel: string;
  topic: { label: string; color: string } | null;
  datasetTitle: string;
  attribution: string;
}

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

const require = createRequire(import.meta.url);
// Fonts from the registry's packages: the build needs no network. satori reads WOFF, not WOFF2.
const font = (file: string) => readFileSync(require.resolve(`@fontsource/${file}`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= [
    {
      name: 'Inter',
      data: font('inter/files/inter-latin-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Inter',
      data: font('inter/files/inter-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
  ]);

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** A 1200×630 PNG for a page's link preview: its title, date, topic and where it comes from. */
export async function renderPreviewImage(card: PreviewCard): Promise<Uint8Array> {
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: 64,
      background: '#ffffff',
      color: '#1f2328',
      fontFamily: 'Inter',
      borderTop: `16px solid ${card.topic?.color ?? '#1f2328'}`,
    },
    [
      el('div', { display: 'flex', fontSize: 28, color: '#57606a' }, card.datasetTitle),
      el('div', { display: 'flex', flexDirection: 'column', gap: 20 }, [
        el(
          'div',
          { display: 'flex', fontSize: 30, color: '#57606a' },
          card.topic ? `${card.dateLabel} · ${card.topic.label}` : card.dateLabel,
        ),
        el(
          'div',
          {
            display: 'flex',
            fontSize: card.title.length > 90 ? 48 : 60,
            fontWeight: 700,
            lineHeight: 1.15,
          },
          card.title,
        ),
      ]),
      el('div', { display: 'flex', fontSize: 24, color: '#57606a' }, card.attribution),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH } }).render().asPng();
  return new Uint8Array(png);
}
