import { describe, expect, it } from 'vitest';
import { buildScenario, simulateSet, type ScenarioKind } from '../sim/index.js';
import { LiveCoach } from './live-coach.js';
import type { LiveCue } from './types.js';

/** Streams a simulated set frame by frame, as the camera would. */
function runLive(kind: ScenarioKind, options: { safeDepthDeg?: number; repCount?: number } = {}) {
  const params = buildScenario(kind, { repCount: options.repCount ?? 3, seed: 7 });
  const sim = simulateSet(params);
  const coach = new LiveCoach({
    landmarkSet: sim.track.landmarkSet,
    imageWidthPx: sim.track.imageWidthPx,
    imageHeightPx: sim.track.imageHeightPx,
    ...(options.safeDepthDeg !== undefined && { safeDepthDeg: options.safeDepthDeg }),
  });
  const cues: LiveCue[] = [];
  let repCount = 0;
  const hip: number[] = [];
  for (const frame of sim.track.frames) {
    const u = coach.push(frame);
    cues.push(...u.cues);
    repCount = u.repCount;
    hip.push(u.angles?.hipFlexionDeg ?? Number.NaN);
  }
  return { sim, cues, repCount, coach, hip };
}

const ids = (cues: readonly LiveCue[], id: LiveCue['id']) => cues.filter((c) => c.id === id);

describe('LiveCoach', () => {
  it('counts the reps of a clean set as they happen and cues the breath on each push', () => {
    const { sim, cues, repCount } = runLive('clean');
    expect(repCount).toBe(sim.truth.reps.length);
    // Exactly one "exhale" per push out of the bottom, after that rep's bottom.
    const exhales = ids(cues, 'exhale');
    for (const rep of sim.truth.reps) {
      expect(exhales.filter((c) => c.atS >= rep.bottomS && c.atS <= rep.endS)).toHaveLength(1);
    }
    expect(ids(cues, 'stop')).toHaveLength(0);
    expect(ids(cues, 'slow_down')).toHaveLength(0);
    expect(ids(cues, 'soft_knees')).toHaveLength(0);
  });

  it('says "stop" before the hip reaches a too-deep bottom', () => {
    const { sim, cues } = runLive('too_deep');
    const deepReps = sim.truth.reps.filter((r) => r.faults.some((f) => f === 'too_deep'));
    expect(deepReps.length).toBeGreaterThan(0);
    for (const rep of deepReps) {
      const stop = ids(cues, 'stop').find((c) => c.atS >= rep.startS && c.atS <= rep.bottomS);
      expect(stop, `rep ${rep.index}`).toBeDefined();
    }
  });

  it('uses the personal safe depth: a shallow limit makes every rep trigger "stop"', () => {
    const { sim, cues } = runLive('clean', { safeDepthDeg: 60 });
    for (const rep of sim.truth.reps) {
      expect(ids(cues, 'stop').some((c) => c.atS >= rep.startS && c.atS <= rep.bottomS)).toBe(true);
    }
  });

  it('says "slow down" on a fast descent and "soft knees" on a locked top', () => {
    expect(ids(runLive('fast_eccentric').cues, 'slow_down').length).toBeGreaterThan(0);
    expect(ids(runLive('knee_lockout').cues, 'soft_knees').length).toBeGreaterThan(0);
  });

  it('rejects frames out of time order and summarises the set at the end', () => {
    const { coach, sim } = runLive('clean', { repCount: 3 });
    expect(() => coach.push({ tS: 0, keypoints: [] })).toThrow(RangeError);
    expect(coach.finish().report.reps).toHaveLength(sim.truth.reps.length);
  });
});
