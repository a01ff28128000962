import type { Severity } from '../../../src/engine/faults/types.js';
import type { Verdict } from '../../../src/engine/report/types.js';
export { FAULT_LABELS } from '../../../src/engine/report/fault-labels.js';

/** Severity always has a symbol and a word, never colour alone. */
export const SEVERITY_TEXT: Readonly<Record<Severity, { symbol: string; word: string }>> = {
  alert: { symbol: '▲', word: 'Alert' },
  warn: { symbol: '●', word: 'Warning' },
  info: { symbol: '◇', word: 'Info' },
};

export const VERDICT_TEXT: Readonly<Record<Verdict, { symbol: string; word: string }>> = {
  clean: { symbol: '✓', word: 'Clean set' },
  minor: { symbol: '●', word: 'Minor points' },
  fix_before_adding_load: { symbol: '▲', word: 'Fix before adding load' },
  stop: { symbol: '■', word: 'Stop and fix this first' },
  not_judged: { symbol: '?', word: 'Not judged' },
};
