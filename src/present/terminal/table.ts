import { visibleLength } from './ansi.js';

/** Left- or right-aligned text columns separated by two spaces; the last column is never padded. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[],
): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => visibleLength(r[c] ?? ''))));
  return all.map((row) =>
    row
      .map((cell, c) => {
        if (c === row.length - 1 && align[c] !== 'right') return cell;
        const pad = ' '.repeat(Math.max(0, widths[c]! - visibleLength(cell)));
        return align[c] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
