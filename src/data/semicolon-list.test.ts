import { describe, expect, it } from 'vitest';
import { semicolonList } from './semicolon-list.ts';

describe('semicolonList', () => {
  it('gives the items between semicolons, trimmed, without empty ones', () => {
    expect(semicolonList(' Moon; ;Crew ;')).toEqual(['Moon', 'Crew']);
    expect(semicolonList('One')).toEqual(['One']);
  });

  it('gives none for an empty or missing text', () => {
    expect(semicolonList('')).toEqual([]);
    expect(semicolonList(' ; ')).toEqual([]);
    expect(semicolonList(undefined)).toEqual([]);
  });
});
