import type { ConditioningConfig } from '../config/conditioning-config.js';
import { AnalysisError } from '../core/errors.js';

function requireRange(name: string, value: number, min: number, max: number, why: string): void {
  if (!(value >= min && value <= max)) {
    throw new AnalysisError(
      'bad_config',
      `config: conditioning.${name} must be between ${min} and ${max} (${why}), got ${value}.`,
    );
  }
}

/** Rejects conditioning settings that cannot work, naming the valid range, before any frame is touched. */
export function checkConditioningConfig(c: ConditioningConfig): void {
  requireRange('minScore', c.minScore, 0, 1, 'a model confidence');
  requireRange('hampelHalfWindow', c.hampelHalfWindow, 1, 50, 'frames each side');
  requireRange('maxPathDeviationThighs', c.maxPathDeviationThighs, 0.05, 10, 'thigh lengths');
  requireRange(
    'boneLengthToleranceFraction',
    c.boneLengthToleranceFraction,
    0.05,
    1,
    'of the median bone length',
  );
  requireRange('hampelSigmas', c.hampelSigmas, 0.5, 100, 'robust standard deviations');
  requireRange('hampelMinDeviationPx', c.hampelMinDeviationPx, 0, 1e4, 'pixels');
  requireRange('hampelMinDeviationThighs', c.hampelMinDeviationThighs, 0, 10, 'thigh lengths');
  requireRange('maxGapS', c.maxGapS, 0, 60, 'seconds');
  requireRange('butterworthCutoffHz', c.butterworthCutoffHz, 0.01, 1e3, 'hertz');
  requireRange('oneEuroMinCutoffHz', c.oneEuroMinCutoffHz, 0.001, 1e3, 'hertz');
  requireRange('oneEuroBeta', c.oneEuroBeta, 0, 1e3, 'cut-off gain per px/s');
  requireRange('oneEuroDerivateCutoffHz', c.oneEuroDerivateCutoffHz, 0.001, 1e3, 'hertz');
  requireRange('swapCostRatio', c.swapCostRatio, 0, 1, 'a fraction');
  requireRange('swapMinGainThighs', c.swapMinGainThighs, 0, 10, 'thigh lengths');
  requireRange('sideTieScoreMargin', c.sideTieScoreMargin, 0, 1, 'a confidence difference');
  if (c.gapFillMethod !== 'linear' && c.gapFillMethod !== 'cubic') {
    throw new AnalysisError(
      'bad_config',
      `config: conditioning.gapFillMethod must be 'linear' or 'cubic', got ${JSON.stringify(c.gapFillMethod)}.`,
    );
  }
}
