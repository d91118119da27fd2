import { describe, expect, it } from 'vitest';
import { attributionSentence } from './attribution.ts';

describe('attributionSentence', () => {
  it.each([
    [
      { publisher: 'CNN', title: 'Soft on Russia', published: '2019-11-17', updated: '2020-07' },
      'Source: CNN, “Soft on Russia”, first published November 17, 2019; updated July 2020.',
    ],
    [{ publisher: 'CNN', title: 'Soft', updated: '2020' }, 'Source: CNN, “Soft”, updated 2020.'],
    [{ publisher: 'CNN', title: 'Soft' }, 'Source: CNN, “Soft”.'],
  ])('%j', (source, sentence) => {
    expect(attributionSentence(source)).toBe(sentence);
  });
});
