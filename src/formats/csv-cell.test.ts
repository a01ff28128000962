/** CSV formula injection (OWASP): text cells a spreadsheet would evaluate are neutralised; numbers stay numbers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSet, emptyLog } from '../log/edit-log.js';
import { csvCell, csvCellText, csvRow } from './csv-cell.js';
import { parseTrainingLogCsv, trainingLogToCsv } from './training-log/csv.js';

/** Any text, and text made of the characters that matter here (formula starts, quotes, separators). */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", '"', ',', '\n', 'a', '1') }),
);

/** The cell's text as a spreadsheet reads it: RFC 4180 unquoting only. */
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

describe('csvCell', () => {
  it.each(['=1+2', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])(
    'neutralises %j with a leading quote, in a quoted cell',
    (text) => {
      const cell = csvCell(text);
      expect(cell.startsWith(`"'`)).toBe(true);
      expect(unquote(cell)).toBe(`'${text}`);
      expect(csvCellText(unquote(cell))).toBe(text);
    },
  );

  it('keeps numbers as numbers, negative ones included, and plain text as it is', () => {
    expect(csvRow([-0.05, 120, 2.5, Number.NaN, undefined, 'slow, controlled', 'ok'])).toBe(
      '-0.05,120,2.5,,,"slow, controlled",ok',
    );
    // Text that only looks like a number is still text: it is neutralised.
    expect(csvCell('-5 kg next time')).toBe(`"'-5 kg next time"`);
  });

  it('never leaves a text cell that starts a formula, and always reads back to the same text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const read = unquote(csvCell(text));
        expect(read).not.toMatch(/^[=+\-@\t\r]/);
        expect(csvCellText(read)).toBe(text);
      }),
    );
  });
});

describe('the training log CSV (spotter log show --csv, the web export)', () => {
  const logWith = (notes: string) =>
    addSet(emptyLog(), { atIso: '2026-11-16T18:00:00+01:00', loadKg: 100, reps: 10, pain: {}, notes }).log;

  it('neutralises a formula in the notes and reads it back unchanged', () => {
    const log = logWith("=cmd|' /C calc'!A0");
    const csv = trainingLogToCsv(log);
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(csv.split('\n')[1]).not.toMatch(/(^|,)[=+\-@]/);
    expect(parseTrainingLogCsv(csv, log.settings)).toEqual(log);
  });

  it('round-trips any note (property)', () => {
    const note = fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() === s && s !== '');
    fc.assert(
      fc.property(note, (text) => {
        const log = logWith(text);
        expect(parseTrainingLogCsv(trainingLogToCsv(log), log.settings)).toEqual(log);
      }),
      { numRuns: 200 },
    );
  });
});
