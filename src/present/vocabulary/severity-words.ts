import type { Severity } from '../../engine/index.js';

/**
 * How every presenter marks a severity: a symbol for the HTML report and the web app, a plain-text marker for
 * the terminal (survives copy/paste and screen readers), and a word; never colour alone.
 */
export interface SeverityWords {
  readonly symbol: string;
  readonly marker: string;
  readonly word: string;
  /** The word with what it asks of the lifter, for legends. */
  readonly meaning: string;
}

export const SEVERITY_WORDS: Readonly<Record<Severity, SeverityWords>> = {
  alert: { symbol: '▲', marker: '!!', word: 'alert', meaning: 'alert (fix now)' },
  warn: { symbol: '●', marker: '!', word: 'warning', meaning: 'warning' },
  info: { symbol: '◇', marker: 'i', word: 'note', meaning: 'note' },
};

/** A rep whose joints were hidden for a check: marked, never read as a pass. */
export const NOT_CHECKED_MARKER = '?';

/** The terminal's legend under the rep table. */
export const MARKER_LEGEND = `Markers: ${(['alert', 'warn', 'info'] as const)
  .map((s) => `${SEVERITY_WORDS[s].marker} ${SEVERITY_WORDS[s].meaning}`)
  .join(', ')}, ${NOT_CHECKED_MARKER} not visible in that rep`;

/** "▲ alert": the symbol and the word together. */
export function severityText(severity: Severity): string {
  const w = SEVERITY_WORDS[severity];
  return `${w.symbol} ${w.word}`;
}
