import { describe, expect, it } from 'vitest';
import { CueTracker, type CueLimits } from './cue-tracker.js';
import { LIVE_CUE_DEFAULTS } from './live-config.js';
import type { LiveCue, LiveCueId } from './types.js';

const LIMITS: CueLimits = { safeDepthDeg: 95, fastEccentricS: 1 };
const FPS = 20;

/** Hip flexion through time as straight segments [[tS, deg], ...], sampled at FPS; the knee stays bent. */
function run(points: readonly (readonly [number, number])[], allowed?: (id: LiveCueId) => boolean) {
  const tracker = new CueTracker(LIMITS, LIVE_CUE_DEFAULTS);
  const cues: LiveCue[] = [];
  for (let i = 1; i < points.length; i++) {
    const [t0, h0] = points[i - 1]!;
    const [t1, h1] = points[i]!;
    for (let t = t0; t < t1; t += 1 / FPS) {
      const hip = h0 + ((h1 - h0) * (t - t0)) / (t1 - t0);
      cues.push(...tracker.push({ tS: t, hipFlexionDeg: hip, kneeDeg: 120 }, allowed));
    }
  }
  return cues.map((c) => c.id);
}

describe('CueTracker', () => {
  it('says "stop" once in a rep whose descent wobbles back up a little (pose jitter), once more in the next rep', () => {
    const ids = run([
      [0, 50],
      [1.5, 100], // past the limit: stop
      [1.8, 93], // a wobble up (7 deg < a real push)
      [2.2, 102], // down again: same rep, no second stop
      [3.5, 50], // pushed back up
      [4, 50],
      [5.5, 100], // next rep: stop again
      [7, 50],
    ]);
    expect(ids.filter((id) => id === 'stop')).toHaveLength(2);
    expect(ids.filter((id) => id === 'exhale')).toHaveLength(2);
  });

  it('gives no "stop" without a calibrated depth and nothing the view does not allow', () => {
    const deep: [number, number][] = [
      [0, 50],
      [1.5, 110],
      [3, 50],
    ];
    const uncalibrated = new CueTracker({ ...LIMITS, safeDepthDeg: null }, LIVE_CUE_DEFAULTS);
    const cues = deep.flatMap(([tS, hip]) => uncalibrated.push({ tS, hipFlexionDeg: hip, kneeDeg: 120 }));
    expect(cues.filter((c) => c.id === 'stop')).toHaveLength(0);
    expect(run(deep, (id) => id !== 'stop').filter((id) => id === 'stop')).toHaveLength(0);
    expect(run(deep).filter((id) => id === 'stop')).toHaveLength(1);
  });
});
