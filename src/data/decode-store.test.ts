import { describe, expect, it } from 'vitest';
import { decodeStore, formatOf } from './decode-store.ts';

const store = (bytes: number[] | Uint8Array | string, path = 'events.csv', contentType = '') => ({
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes),
  name: path,
  path,
  contentType,
});
const messageOf = (result: ReturnType<typeof decodeStore>) => (result.ok ? null : result.message);

describe('decodeStore', () => {
  it('names an empty file, and one of blank space', () => {
    expect(messageOf(decodeStore(store([])))).toBe('“events.csv” is empty: it holds no data.');
    expect(messageOf(decodeStore(store(' \n\t\n')))).toMatch(/^“events.csv” is empty/);
  });

  it('says that a web page is not data, and what link to use instead', () => {
    expect(messageOf(decodeStore(store('\n<!DOCTYPE html><html>…', 'x.json')))).toMatch(
      /^“x.json” is a web page, not timeline data\. .*published to the web as CSV/,
    );
  });

  it('recognises UTF-16 with either byte order mark, and without one', () => {
    const utf16le = [0xff, 0xfe, ...[...'id,title'].flatMap((c) => [c.charCodeAt(0), 0])];
    const utf16be = [0xfe, 0xff, ...[...'id,title'].flatMap((c) => [0, c.charCodeAt(0)])];
    const bare = [...'id,title,start\n'].flatMap((c) => [c.charCodeAt(0), 0]);
    for (const bytes of [utf16le, utf16be, bare]) {
      expect(messageOf(decodeStore(store(bytes)))).toMatch(/is saved as UTF-16 text.*UTF-8/);
    }
  });

  it('says an Excel workbook is not CSV, and how to export one', () => {
    expect(
      messageOf(decodeStore(store([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], 'x.xlsx'))),
    ).toMatch(/^“x.xlsx” is a spreadsheet workbook.*“CSV \(UTF-8\)”/);
  });

  it('refuses bytes that are not UTF-8 (Latin-1 from an old export)', () => {
    // "Café" in Latin-1: 0xe9 alone is not UTF-8.
    expect(messageOf(decodeStore(store([0x43, 0x61, 0x66, 0xe9, 0x0a])))).toMatch(
      /^“events.csv” is not UTF-8 text/,
    );
  });

  it('drops the byte order mark Excel writes before UTF-8 CSV', () => {
    const result = decodeStore(
      store([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('title,start')]),
    );
    expect(result).toEqual({ ok: true, format: 'csv', text: 'title,start' });
  });
});

describe('formatOf', () => {
  it('goes by the ending, then the content type, then the first character', () => {
    expect(formatOf('data/x.CSV', 'application/json', '{')).toBe('csv');
    expect(formatOf('data/x.json?v=2', 'text/csv', 'a,b')).toBe('json');
    expect(formatOf('/pub', 'text/csv; charset=utf-8', '{')).toBe('csv');
    expect(formatOf('/pub', 'application/ld+json', 'a')).toBe('json');
    expect(formatOf('/pub', '', '  [1]')).toBe('json');
    expect(formatOf('/pub', 'text/plain', 'title,start')).toBe('csv');
  });
});
