/**
 * One CSV cell, the one encoder every CSV Spotter writes uses (`spotter log show --csv`, the web app's log and
 * per-rep exports). RFC 4180 quoting, plus the OWASP defence against CSV (formula) injection: a text cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by a spreadsheet, so it
 * gets a leading single quote and is quoted (`"'=HYPERLINK(...)"`); the spreadsheet then shows it as text.
 *
 * Numbers are written as numbers, never prefixed: Spotter produces them itself from finite numbers, so `-0.05`
 * (a pelvis that moved towards the pad) cannot carry a formula and must stay a number a spreadsheet can sum.
 * Only text is neutralised, including text that merely looks like a number (a note "-5 kg").
 */

/** A text cell a spreadsheet would evaluate: OWASP's list of formula-starting characters. */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * Text the encoder prefixed: one or more quotes, then a formula start. A text that itself starts with quotes
 * and a formula start gets one more quote, so decoding (drop one quote) gives back exactly what was written.
 */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The cell for a value: numbers as numbers (non-finite ones empty), text neutralised and quoted as needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const neutralise = FORMULA_START.test(value) || NEUTRALISED.test(value);
  const text = neutralise ? `'${value}` : value;
  return neutralise || /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line of cells (no line break). */
export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}

/** The text of a cell as read back (after RFC 4180 unquoting): the quote csvCell added is taken off again. */
export function csvCellText(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
