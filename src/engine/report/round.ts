/**
 * Rounding for the JSON report: enough digits for the measurement's real precision (2D pose angles are good
 * to a few degrees), few enough that reports stay readable and diffs stay small. NaN stays NaN.
 */
import type { FaultMeasure } from '../faults/types.js';

export function roundTo(value: number, step: number): number {
  if (!Number.isFinite(value)) return value;
  const decimals = Math.max(0, Math.round(-Math.log10(step)));
  const rounded = Number((Math.round(value / step) * step).toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Angles to 0.1 deg. */
export const roundDeg = (v: number): number => roundTo(v, 0.1);
/** Times to 0.01 s. */
export const roundS = (v: number): number => roundTo(v, 0.01);
/** Body-relative lengths (thighs, shanks) to 0.001. */
export const roundLength = (v: number): number => roundTo(v, 0.001);
/** Confidences and ratios to 0.01. */
export const roundRatio = (v: number): number => roundTo(v, 0.01);

const STEP_BY_UNIT: Readonly<Record<FaultMeasure['unit'], number>> = {
  deg: 0.1,
  s: 0.01,
  thighs: 0.001,
  shanks: 0.001,
  percent: 0.1,
  count: 1,
  ratio: 0.01,
};

export function roundMeasure(m: FaultMeasure): FaultMeasure {
  const step = STEP_BY_UNIT[m.unit];
  return { ...m, value: roundTo(m.value, step), threshold: roundTo(m.threshold, step) };
}
