import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseBlind, JSON_SCHEMA_FILE, timelineJsonSchemaText } from './timeline-json-schema.ts';

describe('the JSON Schema of a store', () => {
  it('is committed as the store description now makes it (npm run json-schema writes it)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../..', JSON_SCHEMA_FILE), 'utf8');
    expect(committed).toBe(timelineJsonSchemaText());
  });

  it.each([
    ['^https?:\\/\\/', '^[hH][tT][tT][pP][sS]?://'],
    ['^a\\d+b$', '^[aA]\\d+[bB]$'],
    ['^x-1$', '^[xX]-1$'],
  ])('spells out both cases of %s', (source, pattern) => {
    expect(caseBlind(source)).toBe(pattern);
    expect(new RegExp(pattern, 'u').test('HTTPS://example.com')).toBe(
      new RegExp(source, 'i').test('HTTPS://example.com'),
    );
  });

  it('refuses a case-blind pattern with a class, which it would not spell out', () => {
    expect(() => caseBlind('^[a-z]+$')).toThrow(/class/);
  });
});
