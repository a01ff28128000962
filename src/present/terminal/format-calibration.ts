import type { DepthCalibration } from '../../engine/index.js';
import { createStyle } from './ansi.js';
import { deg, fixed } from './format-number.js';
import type { TerminalOptions } from './format-report.js';

/** A calibration result as terminal text: the safe depth, how it was found, and how to use it. */
export function formatCalibrationText(cal: DepthCalibration, options: TerminalOptions = {}): string {
  const style = createStyle(options.color === true);
  const onset =
    cal.tuckOnsetHipFlexionDeg === null
      ? 'the pelvis did not roll off the seat in this set'
      : `the pelvis started to roll at ${deg(cal.tuckOnsetHipFlexionDeg)} hip flexion`;
  const lines = [
    style.bold(`Safe depth: hip flexion up to ${deg(cal.safeDepth.hipFlexionDeg)} (${cal.safeDepth.source})`),
    `Deepest hip flexion in the set: ${deg(cal.maxHipFlexionDeg)}; ${onset}.`,
    `Confidence: ${fixed(cal.confidence, 2)}`,
    cal.explanation,
    '',
    `Use it: spotter analyze --keypoints <track.json> --safe-depth ${fixed(cal.safeDepth.hipFlexionDeg, 0)}`,
  ];
  return `${lines.join('\n')}\n`;
}
