import { vi } from 'vitest';

/**
 * Animation frames run by hand: stubs requestAnimationFrame and cancelAnimationFrame, and returns
 * a function that runs the frames asked for so far, each given the frame time the test chooses,
 * with `pending()` counting those still waiting. Undo with vi.unstubAllGlobals().
 */
export function manualFrames() {
  const queue = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queue.set(++id, callback);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => queue.delete(handle));
  return Object.assign(
    (time = 0) => {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback(time);
    },
    { pending: () => queue.size },
  );
}
