import type { RepReport } from '../engine/index.js';

/**
 * A rep's lowering or pushing time as every presenter shows it: seconds, or "cut off" when the clip began
 * mid-descent (lowering) or ended mid-push (pushing), so a part-seen phase never reads as a fast one.
 */
export function phaseTimeText(
  rep: RepReport,
  phase: 'lowering' | 'pushing',
  seconds: (s: number) => string,
): string {
  const cut = phase === 'lowering' ? rep.cutOff === 'start' : rep.cutOff === 'end';
  return cut ? 'cut off' : seconds(phase === 'lowering' ? rep.eccentricS : rep.concentricS);
}
