import { afterEach, describe, expect, it } from 'vitest';
import { counted, formatNumber, monthName } from './format.ts';
import { setLocale } from './locale.ts';

afterEach(() => setLocale('en'));

describe('formats in the reader’s language', () => {
  it('groups digits as each language does', () => {
    expect(formatNumber(12345)).toBe('12,345');
    setLocale('es');
    expect(formatNumber(12345)).toBe('12.345');
    expect(formatNumber(1.5)).toBe('1,5');
  });

  it('names months', () => {
    expect(monthName(3)).toBe('March');
    setLocale('es');
    expect(monthName(3)).toBe('marzo');
    expect(monthName(13)).toBe('');
  });

  it('chooses the noun by the plural rules', () => {
    const forms = { one: 'event', other: 'events' };
    expect(counted(1, forms)).toBe('1 event');
    expect(counted(0, forms)).toBe('0 events');
    expect(counted(1234, forms)).toBe('1,234 events');
  });
});
