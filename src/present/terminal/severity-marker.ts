import type { Severity } from '../../engine/index.js';
import { SEVERITY_WORDS } from '../vocabulary/severity-words.js';
import type { Style } from './ansi.js';

/** The severity's text marker, coloured when colour is on (the marker alone still reads without it). */
export function marker(severity: Severity, style: Style): string {
  const m = SEVERITY_WORDS[severity].marker;
  return severity === 'alert' ? style.red(m) : severity === 'warn' ? style.yellow(m) : m;
}
