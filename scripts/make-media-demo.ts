/**
 * Makes the media demo: a small made-up timeline whose events carry pictures, a video, a sound and
 * YouTube and Vimeo links, to show (and check by eye) what media a Newsline timeline can carry.
 *
 *   npx tsx scripts/make-media-demo.ts
 *
 * It draws six pictures as SVG (five at 960×540 and one portrait at 1080×1350) and renders them
 * to PNG with resvg, each with a 320-px-wide copy for thumbnails; it makes a 4-second video with a
 * poster and a 4-second sound with ffmpeg, if ffmpeg is installed (otherwise it says so and skips
 * them); and it writes public/data/media-demo/ and the store public/data/media-demo.json.
 * Everything is drawn from flat shapes and a few colours, so that the files stay small. The text in
 * the pictures is set in Inter and Source Serif 4 from the @fontsource packages: no network, no
 * system fonts.
 */
import { Resvg } from '@resvg/resvg-js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { EventJson, StoreJson } from '../src/data/csv-write.ts';
import type { MediaJson } from '../src/data/media.ts';
import { parseJsonText } from '../src/data/parse-json.ts';
import { loadFailureProblems, loadFailureText } from '../src/app/load-failure-text.ts';
import { problemLine } from '../src/ui/problem-text.ts';
import { encodePalettePng } from './lib/palette-png.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA_DIR = path.join(ROOT, 'public/data');
const MEDIA_DIR_NAME = 'media-demo';
const MEDIA_DIR = path.join(DATA_DIR, MEDIA_DIR_NAME);
const STORE_FILE = path.join(DATA_DIR, 'media-demo.json');

const THUMB_WIDTH = 320;
const CREDIT = 'Drawing: Newsline demo';

// ---------------------------------------------------------------------------------------------
// Fonts. resvg reads TrueType and OpenType but not WOFF, which is what @fontsource ships; a WOFF
// file is the same tables, each zlib-compressed, so they are unpacked to TrueType in a temporary
// folder.

const SANS = 'Inter';
const SERIF = 'Source Serif 4';

const require = createRequire(import.meta.url);

function fontsourceFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files', file);
}

/** A WOFF 1.0 font as the TrueType (or OpenType) font it packs. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const packed = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(packed) : packed,
    };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const head = Buffer.alloc(12 + numTables * 16);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(searchRange, 6);
  head.writeUInt16BE(entrySelector, 8);
  head.writeUInt16BE(numTables * 16 - searchRange, 10);
  const bodies: Buffer[] = [];
  let offset = head.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(head, record);
    head.writeUInt32BE(table.checksum, record + 4);
    head.writeUInt32BE(offset, record + 8);
    head.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([head, ...bodies]);
}

interface Fonts {
  dir: string;
  files: string[];
  /** A TrueType Inter, for ffmpeg's drawtext. */
  sansBold: string;
}

function unpackFonts(): Fonts {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsline-media-demo-'));
  const wanted = [
    { pkg: '@fontsource/inter', file: 'inter-latin-400-normal.woff' },
    { pkg: '@fontsource/inter', file: 'inter-latin-600-normal.woff' },
    { pkg: '@fontsource/inter', file: 'inter-latin-700-normal.woff' },
    { pkg: '@fontsource/source-serif-4', file: 'source-serif-4-latin-600-normal.woff' },
    { pkg: '@fontsource/source-serif-4', file: 'source-serif-4-latin-700-normal.woff' },
  ];
  const files = wanted.map(({ pkg, file }) => {
    const out = path.join(dir, file.replace(/\.woff$/, '.ttf'));
    writeFileSync(out, woffToSfnt(readFileSync(fontsourceFile(pkg, file))));
    return out;
  });
  return { dir, files, sansBold: path.join(dir, 'inter-latin-700-normal.ttf') };
}

// ---------------------------------------------------------------------------------------------
// Drawing helpers.

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface TextOptions {
  size: number;
  weight?: 400 | 600 | 700;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  family?: string;
}

function text(x: number, y: number, content: string, options: TextOptions): string {
  const { size, weight = 400, fill = INK, anchor = 'start', family = SANS } = options;
  return (
    `<text x="${x}" y="${y}" font-family="${family}" font-size="${size}" font-weight="${weight}"` +
    ` fill="${fill}" text-anchor="${anchor}">${esc(content)}</text>`
  );
}

const rect = (x: number, y: number, w: number, h: number, fill: string, r = 0) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${fill}"/>`;

function svg(width: number, height: number, background: string, body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"` +
    ` viewBox="0 0 ${width} ${height}">${rect(0, 0, width, height, background)}${body.join('')}</svg>`
  );
}

// A few colours, shared by every picture.
const INK = '#1f2933';
const MUTED = '#5b6670';
const PAPER = '#f7f5ef';
const RULE = '#d9d4c7';
const BLUE = '#2364aa';
const LIGHT_BLUE = '#a9cce3';
const GREEN = '#3d8c5a';
const SAND = '#e9c46a';
const CORAL = '#e76f51';
const PLUM = '#6d4c8d';

const footer = (width: number, height: number) =>
  text(width - 32, height - 24, CREDIT, { size: 15, fill: MUTED, anchor: 'end' });

// ---------------------------------------------------------------------------------------------
// The pictures.

const W = 960;
const H = 540;

function barChart(): string {
  const values = [
    { year: '2020', km: 38 },
    { year: '2021', km: 47 },
    { year: '2022', km: 59 },
    { year: '2023', km: 71 },
    { year: '2024', km: 86 },
    { year: '2025', km: 104 },
  ];
  const [left, right, top, bottom, max] = [110, 910, 150, 450, 120];
  const y = (km: number) => bottom - (km / max) * (bottom - top);
  const slot = (right - left) / values.length;
  const body = [
    text(48, 66, 'Bike lanes in Riverton', { size: 34, weight: 700 }),
    text(48, 100, 'Kilometres open at the end of each year (made-up figures)', {
      size: 19,
      fill: MUTED,
    }),
  ];
  for (const km of [0, 40, 80, 120]) {
    body.push(rect(left, y(km), right - left, km === 0 ? 2 : 1, km === 0 ? INK : RULE));
    body.push(text(left - 14, y(km) + 6, String(km), { size: 16, fill: MUTED, anchor: 'end' }));
  }
  values.forEach(({ year, km }, i) => {
    const x = left + i * slot + slot * 0.18;
    const w = slot * 0.64;
    const last = i === values.length - 1;
    body.push(rect(x, y(km), w, bottom - y(km), last ? CORAL : BLUE));
    body.push(
      text(x + w / 2, y(km) - 10, String(km), { size: 18, weight: 600, anchor: 'middle' }),
      text(x + w / 2, bottom + 28, year, { size: 17, fill: MUTED, anchor: 'middle' }),
    );
  });
  body.push(footer(W, H));
  return svg(W, H, PAPER, body);
}

function lineChart(): string {
  const months = 'JFMAMJJASOND'.split('');
  const levels = [2.1, 2.6, 2.4, 1.9, 1.5, 1.2, 1.0, 0.9, 1.3, 1.8, 2.3, 2.5];
  const [left, right, top, bottom, max] = [100, 900, 150, 440, 3];
  const x = (i: number) => left + (i / (months.length - 1)) * (right - left);
  const y = (m: number) => bottom - (m / max) * (bottom - top);
  const body = [
    text(48, 66, 'River level at Millbrook bridge', { size: 34, weight: 700 }),
    text(48, 100, 'Metres above the summer mark, month by month in 2025 (made-up)', {
      size: 19,
      fill: MUTED,
    }),
  ];
  for (const m of [0, 1, 2, 3]) {
    body.push(rect(left, y(m), right - left, m === 0 ? 2 : 1, m === 0 ? INK : RULE));
    body.push(text(left - 14, y(m) + 6, `${m} m`, { size: 16, fill: MUTED, anchor: 'end' }));
  }
  months.forEach((month, i) => {
    body.push(text(x(i), bottom + 28, month, { size: 17, fill: MUTED, anchor: 'middle' }));
  });
  const points = levels.map((m, i) => `${x(i).toFixed(1)},${y(m).toFixed(1)}`).join(' ');
  const area = `${left},${bottom} ${points} ${right},${bottom}`;
  body.push(`<polygon points="${area}" fill="${LIGHT_BLUE}" fill-opacity="0.45"/>`);
  body.push(
    `<polyline points="${points}" fill="none" stroke="${BLUE}" stroke-width="5"` +
      ` stroke-linejoin="round" stroke-linecap="round"/>`,
  );
  levels.forEach((m, i) => {
    body.push(`<circle cx="${x(i)}" cy="${y(m)}" r="7" fill="${i === 1 ? CORAL : BLUE}"/>`);
  });
  body.push(
    text(x(1) + 18, y(2.6) - 14, 'Winter high: 2.6 m', { size: 18, weight: 600, fill: CORAL }),
  );
  body.push(footer(W, H));
  return svg(W, H, PAPER, body);
}

function map(): string {
  const region = (points: string, fill: string) =>
    `<polygon points="${points}" fill="${fill}" stroke="${PAPER}" stroke-width="4" stroke-linejoin="round"/>`;
  const label = (x: number, y: number, name: string) =>
    text(x, y, name, { size: 22, weight: 700, fill: INK, anchor: 'middle' });
  const body = [
    // The land, in four regions, on a pale sea.
    region('180,70 470,50 520,230 360,280 210,250 150,150', '#b7d7a8'),
    region('470,50 800,80 850,220 700,300 520,230', SAND),
    region('210,250 360,280 520,230 560,420 420,490 230,450 170,340', '#f2b8a0'),
    region('520,230 700,300 850,220 880,380 760,480 560,420', '#c9b6e4'),
    // A river from the hills to the sea.
    `<path d="M 760 90 C 700 170, 600 180, 540 250 S 420 360, 330 400 S 210 460, 160 488"` +
      ` fill="none" stroke="${BLUE}" stroke-width="9" stroke-linecap="round"/>`,
    label(330, 165, 'Northmarch'),
    label(730, 215, 'Eastfold'),
    label(330, 360, 'Lowfen'),
    label(730, 390, 'Southmere'),
    // A town on the river.
    `<circle cx="540" cy="250" r="11" fill="${INK}" stroke="${PAPER}" stroke-width="4"/>`,
    text(560, 280, 'Riverton', { size: 19, weight: 600, fill: INK }),
    // A compass.
    `<polygon points="70,60 84,104 70,96 56,104" fill="${INK}"/>`,
    text(70, 130, 'N', { size: 18, weight: 700, anchor: 'middle' }),
    text(40, 518, 'The Vale of Ostry, a made-up place', { size: 17, fill: MUTED }),
    footer(W, H),
  ];
  return svg(W, H, '#dcebf2', body);
}

function frontPage(): string {
  const serif = (x: number, y: number, content: string, size: number, anchor: 'start' | 'middle') =>
    text(x, y, content, { size, weight: 700, family: SERIF, anchor });
  // Lines of body text, drawn as grey bars.
  const column = (x: number, y: number, width: number, lines: number) =>
    Array.from({ length: lines }, (_, i) =>
      rect(x, y + i * 18, i === lines - 1 ? width * 0.6 : width - (i % 3) * 10, 7, RULE, 3),
    ).join('');
  const body = [
    serif(W / 2, 78, 'The Riverton Courier', 54, 'middle'),
    rect(40, 98, W - 80, 3, INK),
    text(W / 2, 122, 'Wednesday, April 9, 2025  ·  A made-up newspaper  ·  Edition 10,000', {
      size: 15,
      fill: MUTED,
      anchor: 'middle',
    }),
    rect(40, 134, W - 80, 1, INK),
    serif(40, 190, 'New tram map unveiled', 44, 'start'),
    text(40, 222, 'Three lines will cross the river by 2027, the city says', {
      size: 19,
      fill: MUTED,
    }),
    // The front page's picture: a small map of three tram lines.
    rect(40, 246, 520, 250, '#dcebf2'),
    `<path d="M 60 470 C 200 420, 300 300, 540 270" fill="none" stroke="${CORAL}" stroke-width="8"/>`,
    `<path d="M 80 280 C 220 330, 380 380, 540 460" fill="none" stroke="${GREEN}" stroke-width="8"/>`,
    `<path d="M 300 256 L 300 486" fill="none" stroke="${PLUM}" stroke-width="8"/>`,
    `<path d="M 40 400 C 200 380, 380 420, 560 360" fill="none" stroke="${LIGHT_BLUE}"` +
      ` stroke-width="16" stroke-opacity="0.9"/>`,
    `<circle cx="300" cy="368" r="10" fill="${PAPER}" stroke="${INK}" stroke-width="4"/>`,
    column(590, 252, 150, 13),
    column(770, 252, 150, 13),
    footer(W, H),
  ];
  return svg(W, H, PAPER, body);
}

function portrait(): string {
  const body = [
    // Flat blocks behind a head-and-shoulders shape, as in a painted portrait.
    rect(0, 0, 420, H, SAND),
    rect(420, 0, W - 420, H, '#264653'),
    `<circle cx="760" cy="120" r="60" fill="${CORAL}"/>`,
    `<path d="M 300 540 C 300 420, 380 360, 480 360 C 580 360, 660 420, 660 540 Z" fill="${PLUM}"/>`,
    rect(448, 300, 64, 80, '#d9a577', 20),
    `<ellipse cx="480" cy="230" rx="96" ry="116" fill="#e8b98d"/>`,
    `<path d="M 384 220 C 380 110, 450 96, 500 104 C 570 112, 590 170, 576 230` +
      ` C 540 170, 460 160, 384 220 Z" fill="${INK}"/>`,
    `<circle cx="446" cy="240" r="9" fill="${INK}"/>`,
    `<circle cx="518" cy="240" r="9" fill="${INK}"/>`,
    `<path d="M 452 296 Q 482 316 512 296" fill="none" stroke="${INK}" stroke-width="6"` +
      ` stroke-linecap="round"/>`,
    `<path d="M 120 540 L 120 380 A 90 90 0 0 1 300 380 Z" fill="${GREEN}"/>`,
    `<circle cx="150" cy="120" r="34" fill="none" stroke="${INK}" stroke-width="8"/>`,
    footer(W, H).replace(`fill="${MUTED}"`, `fill="${PAPER}"`),
  ];
  return svg(W, H, PAPER, body);
}

const PW = 1080;
const PH = 1350;

function festivalPoster(): string {
  const wave = (y: number, fill: string) =>
    `<path d="M 0 ${y} Q 135 ${y - 40} 270 ${y} T 540 ${y} T 810 ${y} T 1080 ${y} L 1080 ${PH} L 0 ${PH} Z" fill="${fill}"/>`;
  const body = [
    `<circle cx="860" cy="430" r="130" fill="${SAND}"/>`,
    text(90, 190, 'River', { size: 150, weight: 700, family: SERIF, fill: PAPER }),
    text(90, 330, 'Festival', { size: 150, weight: 700, family: SERIF, fill: PAPER }),
    text(96, 410, 'Riverton  ·  June 21, 2025', { size: 44, weight: 600, fill: SAND }),
    wave(760, LIGHT_BLUE),
    // A boat with a sail, riding the first wave.
    `<path d="M 380 742 L 700 742 L 650 800 L 430 800 Z" fill="${CORAL}"/>`,
    `<path d="M 540 470 L 540 730 L 380 730 Z" fill="${PAPER}"/>`,
    `<path d="M 552 500 L 552 730 L 680 730 Z" fill="${SAND}"/>`,
    wave(880, BLUE),
    wave(1010, '#1d4f7a'),
    text(90, 1180, 'Boats, music and food by the water', { size: 44, weight: 600, fill: PAPER }),
    text(90, 1240, 'A made-up event for the Newsline demo', { size: 32, fill: LIGHT_BLUE }),
    text(PW - 60, PH - 44, CREDIT, { size: 24, fill: LIGHT_BLUE, anchor: 'end' }),
  ];
  return svg(PW, PH, '#264653', body);
}

interface Picture {
  name: string;
  draw: () => string;
}

const PICTURES: Picture[] = [
  { name: 'bar-chart', draw: barChart },
  { name: 'line-chart', draw: lineChart },
  { name: 'map', draw: map },
  { name: 'front-page', draw: frontPage },
  { name: 'portrait', draw: portrait },
  { name: 'festival-poster', draw: festivalPoster },
];

function renderPng(source: string, fonts: Fonts, width?: number): Buffer {
  const resvg = new Resvg(source, {
    fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: SANS },
  });
  const image = resvg.render();
  return encodePalettePng(image.width, image.height, image.pixels);
}

function drawPictures(fonts: Fonts): void {
  for (const { name, draw } of PICTURES) {
    const source = draw();
    writeFileSync(path.join(MEDIA_DIR, `${name}.png`), renderPng(source, fonts));
    writeFileSync(path.join(MEDIA_DIR, `${name}-320.png`), renderPng(source, fonts, THUMB_WIDTH));
  }
}

// ---------------------------------------------------------------------------------------------
// The clips, with ffmpeg.

function hasFfmpeg(): boolean {
  const result = spawnSync('ffmpeg', ['-hide_banner', '-version'], { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

function ffmpeg(args: string[]): void {
  const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`ffmpeg failed:\n${result.stderr}`);
}

const SECONDS = 4;

/** The clip's picture: a square travels along a line under a title and a count of seconds. */
function clipGraph(font: string): string {
  const drawtext = (content: string, size: number, color: string, y: number) =>
    `drawtext=fontfile=${font}:text='${content}':fontsize=${size}:fontcolor=${color}` +
    `:x=(w-text_w)/2:y=${y}`;
  return [
    `color=c=0x264653:s=480x270:r=24:d=${SECONDS}[bg]`,
    `color=c=0xe76f51:s=36x36:r=24:d=${SECONDS}[dot]`,
    `[bg]drawbox=x=40:y=186:w=400:h=4:color=0xa9cce3:t=fill[track]`,
    `[track][dot]overlay=x='40+(t/${SECONDS})*364':y=170:shortest=1,` +
      drawtext('Newsline demo clip', 30, '0xf7f5ef', 56) +
      ',' +
      drawtext('%{eif\\:t+1\\:d} / 4', 22, '0xe9c46a', 110) +
      '[v]',
  ].join(';');
}

function makeClips(fonts: Fonts): void {
  const video = path.join(MEDIA_DIR, 'clip.mp4');
  const graph = clipGraph(fonts.sansBold);
  ffmpeg([
    '-filter_complex',
    graph.replace(/\[v\]$/, ',format=yuv420p[v]'),
    '-map',
    '[v]',
    '-an',
    '-c:v',
    'libx264',
    '-profile:v',
    'baseline',
    '-level',
    '3.0',
    '-preset',
    'slow',
    '-crf',
    '30',
    '-g',
    '48',
    '-pix_fmt',
    'yuv420p',
    '-movflags',
    '+faststart',
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:v',
    '+bitexact',
    video,
  ]);
  // The poster is the clip's first frame, drawn by the same graph (without the video's loss).
  ffmpeg([
    '-filter_complex',
    graph,
    '-map',
    '[v]',
    '-frames:v',
    '1',
    '-pix_fmt',
    'rgb24',
    path.join(MEDIA_DIR, 'clip-poster.png'),
  ]);
  // A bell-like tone: a note and its octave, dying away.
  const bell =
    `aevalsrc=exprs='0.45*sin(2*PI*523.25*t)*exp(-1.1*t)+0.2*sin(2*PI*1046.5*t)*exp(-2.2*t)'` +
    `:s=22050:d=${SECONDS}`;
  ffmpeg([
    '-f',
    'lavfi',
    '-i',
    bell,
    '-ac',
    '1',
    '-c:a',
    'libmp3lame',
    '-b:a',
    '32k',
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    path.join(MEDIA_DIR, 'tone.mp3'),
  ]);
}

// ---------------------------------------------------------------------------------------------
// The store.

const at = (file: string) => `${MEDIA_DIR_NAME}/${file}`;

function picture(name: string, alt: string, caption: string): MediaJson {
  return { url: at(`${name}.png`), alt, caption, credit: CREDIT, thumbnail: at(`${name}-320.png`) };
}

const day = (start: string): EventJson['date'] => ({ precision: 'day', start });

const LEAD = picture(
  'front-page',
  'An illustrated newspaper front page: the masthead “The Riverton Courier”, the headline “New tram map unveiled”, a small map of three coloured tram lines and two columns of text drawn as grey bars.',
  'The demo’s made-up newspaper, the Riverton Courier.',
);

const EVENTS: EventJson[] = [
  {
    id: 'bike-lanes-reach-100-km',
    title: 'Riverton’s bike lanes pass 100 kilometres',
    summary:
      'The made-up city of Riverton opened its hundredth kilometre of bike lanes, on the road along the river. The network has nearly tripled since 2020.',
    date: day('2025-01-14'),
    topics: ['charts'],
    media: [
      picture(
        'bar-chart',
        'Bar chart of bike lanes in Riverton, in kilometres open at the end of each year: 38 in 2020, 47 in 2021, 59 in 2022, 71 in 2023, 86 in 2024 and 104 in 2025.',
        'Kilometres of bike lanes open at the end of each year.',
      ),
    ],
  },
  {
    id: 'river-winter-high',
    title: 'The river at Millbrook bridge reaches its winter high',
    summary:
      'After a wet fortnight, the river at Millbrook bridge rose to 2.6 metres above its summer mark, the highest of the year. The footpath under the bridge closed for three days.',
    date: day('2025-02-20'),
    topics: ['charts'],
    media: [
      picture(
        'line-chart',
        'Line chart of the river level at Millbrook bridge in 2025, month by month: about 2 metres in winter, peaking at 2.6 metres in February, falling to 0.9 metres in August and rising again to 2.5 metres in December.',
        'The river level, month by month, in metres above the summer mark.',
      ),
    ],
  },
  {
    id: 'vale-of-ostry-map',
    title: 'A new map of the Vale of Ostry',
    summary:
      'The made-up Vale of Ostry published a map of its four regions, Northmarch, Eastfold, Lowfen and Southmere, with the river that runs through them past Riverton.',
    date: day('2025-03-18'),
    topics: ['maps'],
    media: [
      picture(
        'map',
        'Illustrated map of the made-up Vale of Ostry: four coloured regions named Northmarch, Eastfold, Lowfen and Southmere, a river running from the north-east hills to the south-west sea, and the town of Riverton on its bank.',
        'The four regions of the Vale of Ostry and its river.',
      ),
    ],
  },
  {
    id: 'courier-tram-map',
    title: 'The Riverton Courier prints the new tram map',
    summary:
      'The city’s made-up newspaper put the planned tram network on its 10,000th front page: three lines, all crossing the river by 2027.',
    date: day('2025-04-09'),
    topics: ['maps'],
    media: [LEAD],
  },
  {
    id: 'choir-new-conductor',
    title: 'The town choir welcomes a new conductor',
    summary:
      'Riverton’s choir named a new conductor, who plans a first concert by the river in the summer. The choir’s portrait was painted for the occasion.',
    date: day('2025-05-06'),
    topics: ['sound-and-video'],
    media: [
      picture(
        'portrait',
        'Abstract portrait in flat colours: a smiling face with dark hair and purple shoulders in front of a yellow and a dark teal block, with a coral sun, a green arch and a black ring around it.',
        'The choir’s portrait of its new conductor, in flat shapes.',
      ),
    ],
  },
  {
    id: 'festival-posters-go-up',
    title: 'Posters for the river festival go up',
    summary:
      'Posters for the first river festival went up across Riverton, a month before the day of boats, music and food by the water.',
    date: day('2025-05-24'),
    topics: ['sound-and-video'],
    media: [
      {
        url: at('festival-poster.png'),
        alt: 'Tall poster in blues: the words “River Festival, Riverton, June 21, 2025” above a coral boat with two sails on three waves, and a yellow sun.',
        caption: 'The festival’s poster.',
        credit: CREDIT,
        thumbnail: at('festival-poster-320.png'),
      },
    ],
  },
  {
    id: 'river-festival',
    title: 'The first river festival',
    summary:
      'Thousands came to the river for the festival. The short clip shows a square crossing a line, standing in for the boat race.',
    date: day('2025-06-21'),
    topics: ['sound-and-video'],
    media: [
      {
        url: at('clip.mp4'),
        caption: 'A four-second clip, silent.',
        credit: 'Video: Newsline demo',
        thumbnail: at('clip-poster.png'),
      },
    ],
  },
  {
    id: 'mill-bell-rings-again',
    title: 'The old mill’s noon bell rings again',
    summary:
      'The bell of the old mill by the river rang at noon for the first time in twenty years, after its repair.',
    date: day('2025-08-12'),
    topics: ['sound-and-video'],
    media: [
      {
        url: at('tone.mp3'),
        caption: 'A four-second bell-like tone.',
        credit: 'Sound: Newsline demo',
      },
    ],
  },
  {
    id: 'open-air-film-night',
    title: 'Open-air film night on the riverbank',
    summary:
      'The film club showed an open film on a screen by the water. The film is a real one, Big Buck Bunny, shared by its makers under an open licence.',
    date: day('2025-09-06'),
    topics: ['sound-and-video'],
    media: [
      {
        url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
        caption: 'Big Buck Bunny, on YouTube.',
        credit: 'Video: Blender Foundation, CC BY 3.0',
        thumbnail: at('clip-poster.png'),
      },
    ],
  },
  {
    id: 'film-club-second-screening',
    title: 'The film club screens it again',
    summary:
      'Rain stopped the first screening halfway, so the film club showed the film again a month later, indoors this time.',
    date: day('2025-10-04'),
    topics: ['sound-and-video'],
    media: [
      {
        url: 'https://vimeo.com/1084537',
        caption: 'Big Buck Bunny, on Vimeo.',
        credit: 'Video: Blender Foundation',
      },
    ],
  },
  {
    id: 'rainfall-autumn',
    title: 'An autumn of rain in the Vale',
    summary:
      'Rain in October and November brought the river back up to its winter level across the Vale of Ostry.',
    date: day('2025-11-20'),
    topics: ['maps', 'charts'],
    // The one problem on purpose: a picture without alt, which the app lists as a problem.
    media: [
      {
        url: at('map.png'),
        caption: 'This picture has no alt text, so the app lists it as a problem.',
        credit: CREDIT,
        thumbnail: at('map-320.png'),
      },
    ],
  },
  {
    id: 'last-ferry-of-the-year',
    title: 'The last ferry of the year crosses the river',
    summary: 'The river ferry made its last crossing before its winter rest. It returns in March.',
    date: day('2025-12-14'),
    topics: ['maps'],
  },
];

const STORE: StoreJson = {
  title: 'A year in pictures: a demo timeline',
  description:
    'A made-up demo timeline of a fictional city’s year, showing what media a Newsline timeline can carry: pictures with thumbnails, a portrait picture, a video, a sound, and YouTube and Vimeo links.',
  note: 'All the pictures, the video and the sound were drawn or generated by scripts/make-media-demo.ts; the events are not real. One picture has no alt text on purpose, so that the app lists it as a problem.',
  media: LEAD,
  topics: [
    { id: 'charts', label: 'Charts', color: '#006af4' },
    { id: 'maps', label: 'Maps', color: '#086860' },
    { id: 'sound-and-video', label: 'Sound and video', color: '#b21040' },
  ],
  events: EVENTS,
};

function writeStore(): string {
  const json = { $schema: './timeline.schema.json', version: 1, ...STORE };
  const content = `${JSON.stringify(json, null, 2)}\n`;
  writeFileSync(STORE_FILE, content);
  return content;
}

/** Reads the store back as the app does, and says what it would list as problems. */
function checkStore(content: string): void {
  const loaded = parseJsonText(content, path.basename(STORE_FILE));
  if (loaded.kind === 'failed') {
    const problems = loadFailureProblems(loaded.reason).map((p) => `  ${problemLine(p)}`);
    throw new Error([loadFailureText(loaded.reason), ...problems].join('\n'));
  }
  console.log(
    `The store reads back with ${loaded.dataset.events.length} events and ${loaded.problems.length} problem(s):`,
  );
  for (const p of loaded.problems) console.log(`  ${problemLine(p)}`);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function report(): void {
  const files = [
    ...PICTURES.flatMap(({ name }) => [`${name}.png`, `${name}-320.png`]),
    'clip.mp4',
    'clip-poster.png',
    'tone.mp3',
  ];
  let total = 0;
  for (const file of files) {
    const size = sizeOf(path.join(MEDIA_DIR, file));
    total += size;
    console.log(`  ${file.padEnd(24)} ${size ? `${(size / 1024).toFixed(1)} KB` : 'missing'}`);
  }
  console.log(`  ${'total'.padEnd(24)} ${(total / 1024).toFixed(1)} KB`);
}

function main(): void {
  mkdirSync(MEDIA_DIR, { recursive: true });
  const fonts = unpackFonts();
  try {
    drawPictures(fonts);
    if (hasFfmpeg()) makeClips(fonts);
    else
      console.log(
        'ffmpeg is not installed, so the video, its poster and the sound were skipped (apt-get install -y ffmpeg).',
      );
  } finally {
    rmSync(fonts.dir, { recursive: true, force: true });
  }
  checkStore(writeStore());
  console.log(`Wrote ${path.relative(ROOT, STORE_FILE)} and ${path.relative(ROOT, MEDIA_DIR)}/:`);
  report();
}

main();
