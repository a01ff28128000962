import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../core/errors.js';
import { DEPTH_DEFAULTS } from '../config/depth-config.js';
import { resolveSafeDepth } from './resolve-safe-depth.js';

describe('resolveSafeDepth', () => {
  it('uses the default without a personal number', () => {
    expect(resolveSafeDepth(undefined, DEPTH_DEFAULTS)).toEqual({
      hipFlexionDeg: DEPTH_DEFAULTS.defaultSafeHipFlexionDeg,
      source: 'default',
    });
  });

  it("uses the lifter's own number", () => {
    expect(resolveSafeDepth(92, DEPTH_DEFAULTS)).toEqual({ hipFlexionDeg: 92, source: 'user' });
  });

  it('refuses an implausible number with a message instead of guessing', () => {
    for (const bad of [Number.NaN, 5, 500]) {
      expect(() => resolveSafeDepth(bad, DEPTH_DEFAULTS)).toThrow(AnalysisError);
    }
    expect(() => resolveSafeDepth(500, DEPTH_DEFAULTS)).toThrow(/between 40 and 150/);
  });
});
