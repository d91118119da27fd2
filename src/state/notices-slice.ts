import type { Problem } from '../data/schema.ts';
import type { Slice } from './slice.ts';

export interface Notice {
  id: string;
  text: string;
  /** What is wrong in a file that could not be opened, listed under the text. */
  problems?: readonly Problem[];
}

export interface NoticesSlice {
  notices: Notice[];
  notify: (notice: Notice) => void;
  dismiss: (id: string) => void;
}

/** What another store starts with: the notices spoke of the one before. */
export const freshNotices = (): Pick<NoticesSlice, 'notices'> => ({ notices: [] });

export const noticesSlice: Slice<NoticesSlice> = (set) => ({
  ...freshNotices(),
  notify: (notice) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
