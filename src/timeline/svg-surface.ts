import { assertNever } from '../lib/assert-never.ts';
import { xmlText } from '../lib/xml-text.ts';
import type { Surface } from './surface.ts';

/** A font as an SVG file writes it. */
export interface SvgFont {
  /** A generic family only: a file must not depend on fonts it does not carry. */
  family: 'serif' | 'sans-serif';
  size: number;
  weight: 400 | 700;
}

/**
 * The width of a text in a font, in px (a canvas's measureText, in the browser); `css` is the font
 * as the drawing code set it, for a measure that reads the same fonts as the page.
 */
export type SvgMeasure = (text: string, font: SvgFont, css: string) => number;

export interface SvgSurfaceOptions {
  /**
   * The font families texts are written with: a generic one (a file that travels), or those the
   * drawing code set, for SVG shown in the page, whose fonts are the canvas's.
   */
  families?: 'generic' | 'as-set';
  /**
   * How far below a canvas baseline the alphabetic baseline lies, in px, for a font as the drawing
   * code set it (a canvas's TextMetrics.alphabeticBaseline, negated); undefined for the generic
   * estimate. SVG shown beside the canvas it stands in for takes the canvas's own.
   */
  baselineShift?: (css: string, baseline: CanvasTextBaseline) => number | undefined;
  /**
   * The font (as the drawing code sets it) and the text colour the element holding the drawing
   * gives its texts (see `fontAttributes`): texts in them leave them out, since they are
   * inherited. A picture's labels, a hundred of them, then do not each repeat a long font list.
   */
  inherited?: { font: string; fill: string };
}

interface State {
  fillStyle: Surface['fillStyle'];
  strokeStyle: Surface['strokeStyle'];
  globalAlpha: number;
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  dash: readonly number[];
  dx: number;
  dy: number;
}

/** A shape of the path being built, kept whole where an SVG element says it more plainly. */
type Shape =
  | { type: 'circle'; cx: number; cy: number; r: number }
  | { type: 'rect'; x: number; y: number; width: number; height: number; r: number }
  | { type: 'path'; d: string };

const FULL_TURN = 2 * Math.PI;

/**
 * A Surface that writes SVG: each fill, stroke and text the drawing code makes becomes an element
 * with the colours, opacity, line width, dash and font in force, in the order drawn. Every text
 * and attribute value is escaped, so that titles and colours from the data stay text.
 *
 * Where SVG has no equivalent, it says so here: pictures (drawImage) are left out, since the file
 * must refer to nothing outside itself; only translation is kept of the transform; clearing forgets
 * everything drawn so far (the drawing code clears its whole surface before a frame).
 */
export class SvgSurface implements Surface {
  fillStyle: Surface['fillStyle'] = '#000';
  strokeStyle: Surface['strokeStyle'] = '#000';
  globalAlpha = 1;
  lineWidth = 1;
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  #font = '10px sans-serif';
  #parsedFont: SvgFont = { family: 'sans-serif', size: 10, weight: 400 };
  #dash: readonly number[] = [];
  #dx = 0;
  #dy = 0;
  #saved: State[] = [];
  #shapes: Shape[] = [];
  #d: string[] = [];
  #elements: string[] = [];
  readonly #measure: SvgMeasure;
  readonly #asSet: boolean;
  readonly #baselineShift: NonNullable<SvgSurfaceOptions['baselineShift']>;
  readonly #inherited: SvgSurfaceOptions['inherited'];

  constructor(
    measure: SvgMeasure,
    {
      families = 'generic',
      baselineShift = () => undefined,
      inherited = undefined,
    }: SvgSurfaceOptions = {},
  ) {
    this.#measure = measure;
    this.#asSet = families === 'as-set';
    this.#baselineShift = baselineShift;
    this.#inherited = inherited;
  }

  get font(): string {
    return this.#font;
  }

  set font(font: string) {
    const parsed = parseFont(font);
    if (!parsed) return; // As a canvas ignores a font it cannot parse.
    this.#font = font;
    this.#parsedFont = parsed;
  }

  /** The elements drawn so far, one a line. */
  markup(): string {
    return this.#elements.join('\n');
  }

  setLineDash(segments: number[]): void {
    this.#dash = [...segments];
  }

  beginPath(): void {
    this.#shapes = [];
    this.#d = [];
  }

  closePath(): void {
    this.#path('Z');
  }

  moveTo(x: number, y: number): void {
    this.#path(`M${this.#x(x)} ${this.#y(y)}`);
  }

  lineTo(x: number, y: number): void {
    this.#path(`L${this.#x(x)} ${this.#y(y)}`);
  }

  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void {
    this.#path(`Q${this.#x(cpx)} ${this.#y(cpy)} ${this.#x(x)} ${this.#y(y)}`);
  }

  arc(
    x: number,
    y: number,
    radius: number,
    startAngle: number,
    endAngle: number,
    counterclockwise = false,
  ): void {
    const cx = this.#x(x);
    const cy = this.#y(y);
    const r = round(radius);
    if (Math.abs(endAngle - startAngle) >= FULL_TURN) {
      this.#shapes.push({ type: 'circle', cx, cy, r });
      this.#d.push(`M${round(cx + r)} ${cy}A${r} ${r} 0 1 1 ${round(cx - r)} ${cy}`);
      this.#d.push(`A${r} ${r} 0 1 1 ${round(cx + r)} ${cy}`);
      return;
    }
    const at = (angle: number) =>
      `${round(cx + radius * Math.cos(angle))} ${round(cy + radius * Math.sin(angle))}`;
    let sweep = counterclockwise ? startAngle - endAngle : endAngle - startAngle;
    sweep = ((sweep % FULL_TURN) + FULL_TURN) % FULL_TURN;
    this.#path(
      `${this.#d.length ? 'L' : 'M'}${at(startAngle)}A${r} ${r} 0 ${sweep > Math.PI ? 1 : 0} ${counterclockwise ? 0 : 1} ${at(endAngle)}`,
    );
  }

  roundRect(x: number, y: number, w: number, h: number, radii = 0): void {
    const r = Math.max(0, Math.min(radii, Math.abs(w) / 2, Math.abs(h) / 2));
    const left = this.#x(x);
    const top = this.#y(y);
    const [width, height] = [round(w), round(h)];
    this.#shapes.push({ type: 'rect', x: left, y: top, width, height, r: round(r) });
    if (!r) {
      this.#d.push(`M${left} ${top}h${width}v${height}h${-width}Z`);
      return;
    }
    const [rr, iw, ih] = [round(r), round(w - 2 * r), round(h - 2 * r)];
    const corner = (dx: number, dy: number) => `a${rr} ${rr} 0 0 1 ${dx} ${dy}`;
    this.#d.push(
      `M${round(left + r)} ${top}h${iw}${corner(rr, rr)}v${ih}${corner(-rr, rr)}h${-iw}${corner(-rr, -rr)}v${-ih}${corner(rr, -rr)}Z`,
    );
  }

  rect(x: number, y: number, w: number, h: number): void {
    this.roundRect(x, y, w, h, 0);
  }

  fill(): void {
    if (!this.#d.length) return;
    this.#elements.push(
      this.#shape(`fill="${this.#color(this.fillStyle)}"${this.#opacity('fill')}`),
    );
  }

  stroke(): void {
    if (!this.#d.length) return;
    this.#elements.push(this.#shape(`fill="none"${this.#strokeAttributes()}`));
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.#elements.push(
      `<rect${this.#box(x, y, w, h)} fill="${this.#color(this.fillStyle)}"${this.#opacity('fill')}/>`,
    );
  }

  strokeRect(x: number, y: number, w: number, h: number): void {
    this.#elements.push(`<rect${this.#box(x, y, w, h)} fill="none"${this.#strokeAttributes()}/>`);
  }

  clearRect(): void {
    this.#elements = [];
  }

  fillText(text: string, x: number, y: number): void {
    const font = this.#parsedFont;
    const anchor = ANCHORS[this.textAlign];
    const shift =
      this.#baselineShift(this.#font, this.textBaseline) ??
      BASELINE_SHIFT[this.textBaseline] * font.size;
    const fill = this.#color(this.fillStyle);
    this.#elements.push(
      `<text x="${this.#x(x)}" y="${round(this.#y(y) + shift)}"` +
        (this.#font === this.#inherited?.font
          ? ''
          : fontAttributes(this.#font, this.#asSet ? 'as-set' : 'generic')) +
        (fill === this.#inherited?.fill ? '' : ` fill="${fill}"`) +
        this.#opacity('fill') +
        `${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}>${xmlText(text)}</text>`,
    );
  }

  measureText(text: string): { width: number } {
    return { width: this.#measure(text, this.#parsedFont, this.#font) };
  }

  drawImage(): void {
    // Left out: see the class's comment.
  }

  save(): void {
    this.#saved.push({
      fillStyle: this.fillStyle,
      strokeStyle: this.strokeStyle,
      globalAlpha: this.globalAlpha,
      lineWidth: this.lineWidth,
      font: this.#font,
      textAlign: this.textAlign,
      textBaseline: this.textBaseline,
      dash: this.#dash,
      dx: this.#dx,
      dy: this.#dy,
    });
  }

  restore(): void {
    const state = this.#saved.pop();
    if (!state) return;
    ({
      fillStyle: this.fillStyle,
      strokeStyle: this.strokeStyle,
      globalAlpha: this.globalAlpha,
      lineWidth: this.lineWidth,
      textAlign: this.textAlign,
      textBaseline: this.textBaseline,
    } = state);
    this.font = state.font;
    this.#dash = state.dash;
    this.#dx = state.dx;
    this.#dy = state.dy;
  }

  translate(x: number, y: number): void {
    this.#dx += x;
    this.#dy += y;
  }

  getTransform(): { a: number } {
    return { a: 1 };
  }

  #x(x: number): number {
    return round(x + this.#dx);
  }

  #y(y: number): number {
    return round(y + this.#dy);
  }

  /** A path command that is no shape of its own: the path is then written as a path. */
  #path(command: string): void {
    this.#shapes.push({ type: 'path', d: '' });
    this.#d.push(command);
  }

  #shape(paint: string): string {
    const [only, ...more] = this.#shapes;
    if (only && !more.length) {
      switch (only.type) {
        case 'circle':
          return `<circle cx="${only.cx}" cy="${only.cy}" r="${only.r}" ${paint}/>`;
        case 'rect':
          return `<rect x="${only.x}" y="${only.y}" width="${only.width}" height="${only.height}"${only.r ? ` rx="${only.r}"` : ''} ${paint}/>`;
        case 'path':
          break;
        default:
          return assertNever(only);
      }
    }
    return `<path d="${this.#d.join('')}" ${paint}/>`;
  }

  #box(x: number, y: number, w: number, h: number): string {
    return ` x="${this.#x(x)}" y="${this.#y(y)}" width="${round(w)}" height="${round(h)}"`;
  }

  #color(style: Surface['fillStyle']): string {
    // Gradients and patterns have no use in the drawing yet: ink stands in for them.
    return typeof style === 'string' ? xmlText(style) : '#000';
  }

  #opacity(paint: 'fill' | 'stroke'): string {
    return this.globalAlpha === 1 ? '' : ` ${paint}-opacity="${round(this.globalAlpha)}"`;
  }

  #strokeAttributes(): string {
    const dash = this.#dash.length ? ` stroke-dasharray="${this.#dash.map(round).join(' ')}"` : '';
    const width = this.lineWidth === 1 ? '' : ` stroke-width="${round(this.lineWidth)}"`;
    return ` stroke="${this.#color(this.strokeStyle)}"${width}${dash}${this.#opacity('stroke')}`;
  }
}

const ANCHORS: Record<CanvasTextAlign, 'start' | 'middle' | 'end'> = {
  start: 'start',
  left: 'start',
  center: 'middle',
  end: 'end',
  right: 'end',
};

/**
 * Where SVG's alphabetic baseline lies from a canvas's baseline, in ems: a file read by any
 * viewer cannot count on dominant-baseline, so the shift is written into each text's y.
 */
const BASELINE_SHIFT: Record<CanvasTextBaseline, number> = {
  top: 0.8,
  hanging: 0.8,
  middle: 1 / 3,
  alphabetic: 0,
  ideographic: -0.2,
  bottom: -0.2,
};

const FONT = /^\s*(?:(normal|bold|[1-9]00)\s+)?(\d+(?:\.\d+)?)px\s+(.+)$/;

/** A CSS font shorthand ("700 12px system-ui, sans-serif") as SVG writes it; null if unreadable. */
export function parseFont(font: string): SvgFont | null {
  const match = FONT.exec(font);
  if (!match) return null;
  const [, weight = 'normal', size = '', families = ''] = match;
  const generic = families
    .split(',')
    .map((family) => family.trim().replace(/^['"]|['"]$/g, ''))
    .findLast((family) => family === 'serif' || family === 'sans-serif');
  return {
    family: generic === 'serif' ? 'serif' : 'sans-serif',
    size: Number(size),
    weight: weight === 'bold' || Number(weight) >= 600 ? 700 : 400,
  };
}

/**
 * A font's SVG attributes, each after a space: its families as `families` says (SvgSurfaceOptions),
 * its size and weight; none for a font that cannot be read.
 */
export function fontAttributes(
  font: string,
  families: NonNullable<SvgSurfaceOptions['families']>,
): string {
  const parsed = parseFont(font);
  if (!parsed) return '';
  const family = families === 'as-set' ? (FONT.exec(font)?.[3] ?? parsed.family) : parsed.family;
  return (
    ` font-family="${xmlText(family)}" font-size="${parsed.size}"` +
    (parsed.weight === 700 ? ' font-weight="700"' : '')
  );
}

/** Two decimals are finer than any screen: the file stays short. */
const round = (n: number) => Math.round(n * 100) / 100;
