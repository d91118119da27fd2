import { describe, expect, it } from 'vitest';
import {
  forgetVisit,
  formatStoredVisit,
  parseStoredVisit,
  recordVisit,
  visitKey,
  type VisitStorage,
} from './visit-memory.ts';

/** A Storage of our own: what the code writes is what the test reads. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Storage the browser refuses, as under some privacy settings. */
const blocked = {
  getItem: (): string | null => {
    throw new Error('blocked');
  },
  setItem: (): void => {
    throw new Error('blocked');
  },
  removeItem: (): void => {
    throw new Error('blocked');
  },
};

const browser = () => {
  const local = new MemoryStorage();
  const session = new MemoryStorage();
  return { local, session, storage: { local, session } satisfies VisitStorage };
};

const KEY = 'newsline-last-visit:https://example.org/data/a.json';

describe('visitKey', () => {
  const page = 'https://example.org/timeline/';
  it.each([
    [
      { kind: 'default' } as const,
      'newsline-last-visit:https://example.org/timeline/data/trump-russia.json',
    ],
    [
      { kind: 'link', url: 'data/other.csv' } as const,
      'newsline-last-visit:https://example.org/timeline/data/other.csv',
    ],
    [
      { kind: 'link', url: './data/other.csv' } as const,
      'newsline-last-visit:https://example.org/timeline/data/other.csv',
    ],
    [{ kind: 'file', name: 'mine.csv', key: null } as const, 'newsline-last-visit:file:mine.csv'],
  ])('keys %j by its address', (origin, key) => {
    expect(visitKey(origin, page)).toBe(key);
  });
});

describe('parseStoredVisit', () => {
  it.each([
    [formatStoredVisit('2024-12-01'), '2024-12-01'],
    [null, null],
    ['', null],
    ['2024-12-01', null],
    ['{"day":"2024-13-01"}', null],
    ['{"day":"yesterday"}', null],
    ['{"day":20241201}', null],
    ['[]', null],
  ])('reads %j as %j', (text, day) => {
    expect(parseStoredVisit(text)).toBe(day);
  });
});

describe('recordVisit', () => {
  it('shows nothing on a first visit, and keeps the day of it', () => {
    const { local, storage } = browser();
    expect(recordVisit(storage, KEY, '2024-12-01')).toBeNull();
    expect(parseStoredVisit(local.getItem(KEY))).toBe('2024-12-01');
  });

  it('on a return, shows changes since the previous visit and keeps today’s', () => {
    const { local, storage } = browser();
    recordVisit(storage, KEY, '2024-12-01');
    expect(recordVisit({ ...storage, session: new MemoryStorage() }, KEY, '2024-12-09')).toBe(
      '2024-12-01',
    );
    expect(parseStoredVisit(local.getItem(KEY))).toBe('2024-12-09');
  });

  it('keeps comparing with the same visit through a reload in the same tab', () => {
    const { local, storage } = browser();
    local.setItem(KEY, formatStoredVisit('2024-12-01'));
    expect(recordVisit(storage, KEY, '2024-12-09')).toBe('2024-12-01');
    expect(recordVisit(storage, KEY, '2024-12-09')).toBe('2024-12-01');
    // A new tab (a new session) compares with the visit before it.
    expect(recordVisit({ local, session: new MemoryStorage() }, KEY, '2024-12-09')).toBeNull();
  });

  it('has nothing to show for a second visit the same day', () => {
    const { local, storage } = browser();
    local.setItem(KEY, formatStoredVisit('2024-12-09'));
    expect(recordVisit(storage, KEY, '2024-12-09')).toBeNull();
  });

  it('keeps each timeline’s visits apart', () => {
    const { local, storage } = browser();
    local.setItem(KEY, formatStoredVisit('2024-12-01'));
    expect(recordVisit(storage, `${KEY}-other`, '2024-12-09')).toBeNull();
    expect(parseStoredVisit(local.getItem(KEY))).toBe('2024-12-01');
  });

  it('reads a stored value it does not understand as no visit, and replaces it', () => {
    const { local, storage } = browser();
    local.setItem(KEY, 'not json');
    expect(recordVisit(storage, KEY, '2024-12-09')).toBeNull();
    expect(parseStoredVisit(local.getItem(KEY))).toBe('2024-12-09');
  });

  it('works without storage, as a first visit every time', () => {
    expect(recordVisit({ local: blocked, session: blocked }, KEY, '2024-12-09')).toBeNull();
    expect(recordVisit({ local: null, session: null }, KEY, '2024-12-09')).toBeNull();
  });
});

describe('forgetVisit', () => {
  it('forgets the kept visit and the tab’s: the next visit is a first one', () => {
    const { local, session, storage } = browser();
    local.setItem(KEY, formatStoredVisit('2024-12-01'));
    expect(recordVisit(storage, KEY, '2024-12-09')).toBe('2024-12-01');
    forgetVisit(storage, KEY);
    expect(local.getItem(KEY)).toBeNull();
    expect(session.getItem(KEY)).toBeNull();
    expect(recordVisit(storage, KEY, '2024-12-09')).toBeNull();
  });

  it('does not throw where storage is blocked', () => {
    expect(() => forgetVisit({ local: blocked, session: blocked }, KEY)).not.toThrow();
  });
});
