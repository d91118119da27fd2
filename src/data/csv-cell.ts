/**
 * Cells a spreadsheet would run as a formula: those that begin with =, +, -, @, a tab or a
 * return (OWASP's CSV injection list). Written out, such a cell gets a leading apostrophe, which
 * spreadsheets show as text; read back, that apostrophe comes off again. A cell that already
 * begins with apostrophes before such a character gets one more, so that the round trip gives
 * back exactly what was written.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ADDED_APOSTROPHE = /^'+[=+\-@\t\r]/;

/** The cell as a spreadsheet may open it: never a formula. */
export const inertCell = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** A cell written by `inertCell`, as it was before. */
export const restoreCell = (cell: string): string =>
  ADDED_APOSTROPHE.test(cell) ? cell.slice(1) : cell;
