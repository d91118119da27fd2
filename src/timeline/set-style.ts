/** Writes a style only when it changes: a zoom frame mostly keeps the sizes and places it had. */
export function setStyle(
  element: HTMLElement,
  property: 'width' | 'height' | 'transform' | 'backgroundPositionY',
  value: string,
): void {
  if (element.style[property] !== value) element.style[property] = value;
}
