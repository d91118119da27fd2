import type { Slice } from '../state/slice.ts';

/**
 * Which marker should take the keyboard focus: an event's, or the next selected one's. Markers
 * come and go as the view moves, so the timeline carries a request out once the marker is drawn;
 * `wait: false` asks for one try only, where nothing is bringing the marker into view.
 */
export type FocusRequest = { id: string; wait: boolean } | 'selection';

export interface FocusSlice {
  focusRequest: FocusRequest | null;
  requestFocus: (request: FocusRequest) => void;
  clearFocusRequest: () => void;
}

export const focusSlice: Slice<FocusSlice> = (set) => ({
  focusRequest: null,
  requestFocus: (request) => set({ focusRequest: request }),
  clearFocusRequest: () => set({ focusRequest: null }),
});
