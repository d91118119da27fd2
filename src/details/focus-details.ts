/**
 * Moves the keyboard focus to the open event's title once the panel has drawn it: used where the
 * control that opened the event goes away with the click.
 */
export function focusDetailsTitle(): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('.details__title')?.focus();
  });
}
