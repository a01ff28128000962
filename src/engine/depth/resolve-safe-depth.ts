import { AnalysisError } from '../core/errors.js';
import type { DepthConfig } from '../config/depth-config.js';
import type { SafeDepth } from './types.js';

/**
 * The safe depth to judge a set against: the lifter's own number (from an earlier calibration or typed in)
 * when given, else the evidence-based default. A given number outside a plausible range is refused with a
 * message rather than silently replaced, so a typo does not pass for a limit.
 */
export function resolveSafeDepth(userDeg: number | undefined, config: DepthConfig): SafeDepth {
  if (userDeg === undefined) return { hipFlexionDeg: config.defaultSafeHipFlexionDeg, source: 'default' };
  const lo = config.minUserSafeHipFlexionDeg;
  const hi = config.maxUserSafeHipFlexionDeg;
  if (!Number.isFinite(userDeg) || userDeg < lo || userDeg > hi) {
    throw new AnalysisError(
      'bad_config',
      `The safe depth must be a hip flexion between ${lo} and ${hi} degrees, got ${String(userDeg)}.`,
    );
  }
  return { hipFlexionDeg: userDeg, source: 'user' };
}
