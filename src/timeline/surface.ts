/**
 * What the timeline's drawing code draws on: the part of a canvas's 2D context it uses, written
 * out so that a canvas's context is a Surface as it is (the live frame pays nothing for it), and
 * so that another surface (svg-surface.ts, for the exported image) can take the same calls.
 */
export interface Surface {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  globalAlpha: number;
  lineWidth: number;
  /** A CSS font shorthand: "700 12px system-ui, sans-serif". */
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  setLineDash(segments: number[]): void;

  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  arc(
    x: number,
    y: number,
    radius: number,
    startAngle: number,
    endAngle: number,
    counterclockwise?: boolean,
  ): void;
  roundRect(x: number, y: number, w: number, h: number, radii?: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  fill(): void;
  stroke(): void;

  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  drawImage(image: CanvasImageSource, dx: number, dy: number, dw: number, dh: number): void;

  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  /** Its scale (`a`) is the device pixel ratio a canvas's frame is drawn at. */
  getTransform(): { a: number };
}
