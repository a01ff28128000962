import type { Severity } from '../../engine/faults/types.js';
import type { Style } from './ansi.js';

/** Text markers, so severity reads without colour (and survives copy/paste and screen readers). */
export const SEVERITY_MARKER: Readonly<Record<Severity, string>> = { alert: '!!', warn: '!', info: 'i' };
export const MARKER_LEGEND = 'Markers: !! alert (fix now), ! warning, i note, ? not visible in that rep';

export function marker(severity: Severity, style: Style): string {
  const m = SEVERITY_MARKER[severity];
  return severity === 'alert' ? style.red(m) : severity === 'warn' ? style.yellow(m) : m;
}
