import { describe, expect, it } from 'vitest';
import { decodeStore, formatOf } from './decode-store.ts';

const store = (bytes: number[] | Uint8Array | string, path = 'events.csv', contentType = '') => ({
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes),
  name: path,
  path,
  contentType,
});
const reasonOf = (result: ReturnType<typeof decodeStore>) =>
  result.kind === 'ok' ? null : result.reason;

describe('decodeStore', () => {
  it('names an empty file, and one of blank space', () => {
    expect(reasonOf(decodeStore(store([])))).toEqual({ code: 'empty', name: 'events.csv' });
    expect(reasonOf(decodeStore(store(' \n\t\n')))).toEqual({ code: 'blank', name: 'events.csv' });
  });

  it('says that a web page is not data, and what link to use instead', () => {
    expect(reasonOf(decodeStore(store('\n<!DOCTYPE html><html>…', 'x.json')))).toEqual({
      code: 'web-page',
      name: 'x.json',
    });
  });

  it('recognises UTF-16 with either byte order mark, and without one', () => {
    const utf16le = [0xff, 0xfe, ...[...'id,title'].flatMap((c) => [c.charCodeAt(0), 0])];
    const utf16be = [0xfe, 0xff, ...[...'id,title'].flatMap((c) => [0, c.charCodeAt(0)])];
    const bare = [...'id,title,start\n'].flatMap((c) => [c.charCodeAt(0), 0]);
    for (const bytes of [utf16le, utf16be, bare]) {
      expect(reasonOf(decodeStore(store(bytes)))).toEqual({ code: 'utf16', name: 'events.csv' });
    }
  });

  it('says an Excel workbook is not CSV, and how to export one', () => {
    expect(reasonOf(decodeStore(store([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], 'x.xlsx')))).toEqual(
      { code: 'workbook', name: 'x.xlsx' },
    );
  });

  it('refuses bytes that are not UTF-8 (Latin-1 from an old export)', () => {
    // "Café" in Latin-1: 0xe9 alone is not UTF-8.
    expect(reasonOf(decodeStore(store([0x43, 0x61, 0x66, 0xe9, 0x0a])))).toEqual({
      code: 'not-utf8',
      name: 'events.csv',
    });
  });

  it('drops the byte order mark Excel writes before UTF-8 CSV', () => {
    const result = decodeStore(
      store([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('title,start')]),
    );
    expect(result).toEqual({ kind: 'ok', format: 'csv', text: 'title,start' });
  });
});

describe('Arrow IPC', () => {
  const ARROW1 = [...'ARROW1'].map((c) => c.charCodeAt(0));

  it('knows the file format by its magic and the stream format by its first marker', () => {
    for (const bytes of [
      [...ARROW1, 0, 0, 0xff, 0xff],
      [0xff, 0xff, 0xff, 0xff, 0x78, 0, 0, 0],
    ]) {
      // Whatever the name and the content type say.
      expect(decodeStore(store(bytes, 'events.json', 'application/json'))).toEqual({
        kind: 'ok',
        format: 'arrow',
      });
    }
  });

  it('calls a file named Arrow that does not begin as Arrow damaged, unless it is a web page', () => {
    const named = [
      ['events.arrow', ''],
      ['events.ARROWS', ''],
      ['events.feather', ''],
      ['/pub', 'application/vnd.apache.arrow.file'],
      ['/pub', 'application/vnd.apache.arrow.stream'],
    ] as const;
    for (const [path, type] of named) {
      for (const bytes of [[0x41, 0x52, 0x52, 0x4f, 0x57], [0x00, 0x01, 0x00, 0x02], '{"a":1}']) {
        expect(reasonOf(decodeStore(store(bytes, path, type)))).toEqual({
          code: 'arrow-invalid',
          name: path,
        });
      }
      expect(reasonOf(decodeStore(store('<!doctype html>', path, type)))?.code).toBe('web-page');
    }
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
