import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name.ts';

describe('exportFileName', () => {
  const day = new Date(2024, 2, 5, 23, 30); // a local date: March 5, late in the evening

  it.each([
    [
      '37 times President Trump was soft on Russia',
      'png',
      '37-times-president-trump-was-soft-on-russia-2024-03-05.png',
    ],
    ['Élections: “2024”', 'csv', 'elections-2024-2024-03-05.csv'],
    ['مرحبا', 'json', 'timeline-2024-03-05.json'],
    ['<script>&', 'svg', 'script-2024-03-05.svg'],
  ] as const)('%j as %s → %s', (title, format, name) => {
    expect(exportFileName(title, format, day)).toBe(name);
  });
});
