import { describe, expect, it } from 'vitest';
import { wrapText, xmlText, type Font } from './svg-text.ts';

const FONT: Font = { family: 'sans-serif', size: 10, weight: 400 };
/** Every character 10 px wide. */
const measure = (text: string) => [...text].length * 10;

describe('xmlText', () => {
  it.each([
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    [`"quoted" 'single'`, '&quot;quoted&quot; &apos;single&apos;'],
    ['end ]]> of CDATA', 'end ]]&gt; of CDATA'],
    ['bell\u0007 and nul\u0000', 'bell\ufffd and nul\ufffd'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['pair 😀 kept, tab\tkept', 'pair 😀 kept, tab\tkept'],
  ])('%j → %j', (input, output) => {
    expect(xmlText(input)).toBe(output);
  });
});

describe('wrapText', () => {
  it('fills lines greedily up to the width', () => {
    expect(wrapText('aa bb cc dd', 50, FONT, measure)).toEqual(['aa bb', 'cc dd']);
  });

  it('ends the last allowed line with an ellipsis when text is left over', () => {
    expect(wrapText('aa bb cc dd ee ff', 50, FONT, measure, 2)).toEqual(['aa bb', 'cc d…']);
  });

  it('breaks a word wider than a line between characters', () => {
    expect(wrapText('abcdefghij', 40, FONT, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('gives no line for empty text', () => {
    expect(wrapText('  ', 40, FONT, measure)).toEqual([]);
  });
});
