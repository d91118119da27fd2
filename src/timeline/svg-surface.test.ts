import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Surface } from './surface.ts';
import { parseFont, SvgSurface, type SvgFont } from './svg-surface.ts';

const measure = (text: string, font: SvgFont) => [...text].length * font.size * 0.5;

function parse(markup: string): Element {
  const doc = new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`,
    'image/svg+xml',
  );
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc.documentElement;
}

const attributes = (element: Element | null | undefined) =>
  Object.fromEntries([...(element?.attributes ?? [])].map((a) => [a.name, a.value]));

describe('SvgSurface', () => {
  it('takes the calls a canvas takes: a canvas context is a Surface', () => {
    expectTypeOf<CanvasRenderingContext2D>().toExtend<Surface>();
    expectTypeOf<OffscreenCanvasRenderingContext2D>().toExtend<Surface>();
  });

  it('writes a filled circle, a dashed rounded rectangle and a rectangle with their styles', () => {
    const surface = new SvgSurface(measure);
    surface.fillStyle = '#123456';
    surface.beginPath();
    surface.arc(10, 20, 6, 0, Math.PI * 2);
    surface.fill();
    surface.strokeStyle = 'red';
    surface.lineWidth = 1.5;
    surface.setLineDash([3, 2]);
    surface.beginPath();
    surface.roundRect(0, 0, 40, 12, 100);
    surface.stroke();
    surface.setLineDash([]);
    surface.globalAlpha = 0.22;
    surface.fillRect(1, 2, 3, 4);
    const root = parse(surface.markup());
    expect(attributes(root.querySelector('circle'))).toEqual({
      cx: '10',
      cy: '20',
      r: '6',
      fill: '#123456',
    });
    // The radius is cut to half the height, as a canvas cuts it.
    expect(attributes(root.querySelector('rect[rx]'))).toEqual({
      x: '0',
      y: '0',
      width: '40',
      height: '12',
      rx: '6',
      fill: 'none',
      stroke: 'red',
      'stroke-width': '1.5',
      'stroke-dasharray': '3 2',
    });
    expect(attributes(root.querySelector('rect:not([rx])'))).toEqual({
      x: '1',
      y: '2',
      width: '3',
      height: '4',
      fill: '#123456',
      'fill-opacity': '0.22',
    });
  });

  it('writes a path of lines and curves as a path, moved by the translation in force', () => {
    const surface = new SvgSurface(measure);
    surface.save();
    surface.translate(100, 10);
    surface.beginPath();
    surface.moveTo(0, 0);
    surface.lineTo(10, 0);
    surface.quadraticCurveTo(15, 5, 10, 10);
    surface.closePath();
    surface.fill();
    surface.restore();
    surface.fillRect(0, 0, 1, 1);
    const root = parse(surface.markup());
    expect(root.querySelector('path')?.getAttribute('d')).toBe('M100 10L110 10Q115 15 110 20Z');
    expect(root.querySelector('rect')?.getAttribute('x')).toBe('0');
  });

  it('writes text in its font, anchored as aligned, its baseline moved to the alphabetic one', () => {
    const surface = new SvgSurface(measure);
    surface.font = `700 12px system-ui, 'Segoe UI', sans-serif`;
    surface.textAlign = 'center';
    surface.textBaseline = 'top';
    surface.fillStyle = '#222';
    surface.fillText('+12', 50, 10);
    expect(surface.measureText('+12').width).toBe(18);
    const root = parse(surface.markup());
    expect(attributes(root.querySelector('text'))).toEqual({
      x: '50',
      y: String(10 + 12 * 0.8),
      'font-family': 'sans-serif',
      'font-size': '12',
      'font-weight': '700',
      fill: '#222',
      'text-anchor': 'middle',
    });
    expect(root.querySelector('text')?.textContent).toBe('+12');
  });

  it('leaves out the font and colour its container gives texts, and writes any other', () => {
    const label = `12.5px system-ui, sans-serif`;
    const surface = new SvgSurface(measure, {
      families: 'as-set',
      inherited: { font: label, fill: 'var(--ink)' },
    });
    surface.fillStyle = 'var(--ink)';
    surface.font = label;
    surface.fillText('label', 0, 10);
    surface.font = `700 12px system-ui, sans-serif`;
    surface.fillStyle = 'var(--muted)';
    surface.fillText('+3', 0, 30);
    const [plain, badge] = [...parse(surface.markup()).querySelectorAll('text')];
    expect(attributes(plain)).toEqual({ x: '0', y: '10' });
    expect(attributes(badge)).toEqual({
      x: '0',
      y: '30',
      'font-family': 'system-ui, sans-serif',
      'font-size': '12',
      'font-weight': '700',
      fill: 'var(--muted)',
    });
  });

  it('keeps text and colours from the data as text', () => {
    const surface = new SvgSurface(measure);
    surface.fillStyle = '"/><script>alert(1)</script>';
    const title = `Tom & Jerry's <b>"show"</b> ]]> <!-- x --> \u0007end`;
    surface.fillText(title, 0, 0);
    surface.fillRect(0, 0, 1, 1);
    const markup = surface.markup();
    const root = parse(markup);
    expect(root.querySelectorAll('b, script')).toHaveLength(0);
    expect(root.querySelector('text')?.textContent).toBe(title.replace('\u0007', '\ufffd'));
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('"/><script>alert(1)</script>');
    expect(markup).not.toContain('<b>');
  });

  it('forgets what was drawn when cleared, and draws no pictures', () => {
    const surface = new SvgSurface(measure);
    surface.fillRect(0, 0, 1, 1);
    const asCanvas: Surface = surface;
    asCanvas.clearRect(0, 0, 10, 10);
    asCanvas.drawImage({} as CanvasImageSource, 0, 0, 10, 10);
    surface.strokeRect(0, 0, 2, 2);
    const root = parse(surface.markup());
    expect(root.children).toHaveLength(1);
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('none');
  });
});

describe('parseFont', () => {
  it.each([
    ['12.5px system-ui, sans-serif', { family: 'sans-serif', size: 12.5, weight: 400 }],
    ['700 12px system-ui, Arial, sans-serif', { family: 'sans-serif', size: 12, weight: 700 }],
    ['bold 28px Georgia, serif', { family: 'serif', size: 28, weight: 700 }],
    ['400 10px "Fancy Font"', { family: 'sans-serif', size: 10, weight: 400 }],
    ['large serif', null],
  ])('reads %s', (font, expected) => {
    expect(parseFont(font)).toEqual(expected);
  });
});
