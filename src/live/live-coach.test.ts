import { describe, expect, it } from 'vitest';
import { ENGINE_DEFAULTS, LANDMARK_SETS, type KeypointTrack } from '../engine/index.js';
import { buildScenario, simulateSet, type ScenarioKind } from '../sim/index.js';
import { LiveCoach } from './live-coach.js';
import type { LiveCue } from './types.js';

/** The depth the simulated too-deep reps go past (the engine's default limit), given as a calibrated one. */
const CALIBRATED_DEG = ENGINE_DEFAULTS.faults.tooDeep.defaultWarnHipFlexionDeg;

/**
 * The same set seen from well behind the lifter: the far leg moves out from behind the near one by 0.6 thigh
 * lengths in the image, as a camera turned ~60 deg off side-on shows it (the view check reads that as front/rear).
 */
function seenFromBehind(track: KeypointTrack): KeypointTrack {
  const names = LANDMARK_SETS[track.landmarkSet].names;
  const first = track.frames[0]!.keypoints;
  const hip = first[names.indexOf('right_hip')]!;
  const knee = first[names.indexOf('right_knee')]!;
  const shiftPx = 0.6 * Math.hypot(hip.x - knee.x, hip.y - knee.y);
  return {
    ...track,
    frames: track.frames.map((f) => ({
      ...f,
      keypoints: f.keypoints.map((k, i) =>
        k === null || !names[i]!.startsWith('left_') ? k : { ...k, x: k.x + shiftPx },
      ),
    })),
  };
}

/** Streams a simulated set frame by frame, as the camera would. */
function runLive(
  kind: ScenarioKind,
  options: { safeDepthDeg?: number; repCount?: number; fromBehind?: boolean } = {},
) {
  const params = buildScenario(kind, { repCount: options.repCount ?? 3, seed: 7 });
  const simulated = simulateSet(params);
  const sim =
    options.fromBehind === true ? { ...simulated, track: seenFromBehind(simulated.track) } : simulated;
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
    cues.push(...u.cues, ...coach.refreshIfDue());
    repCount = coach.repCount;
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

  it('counts every rep of a set longer than the rep window (reps leaving it are kept)', () => {
    const { sim, repCount } = runLive('clean', { repCount: 24 });
    expect(sim.track.frames.at(-1)!.tS).toBeGreaterThan(60);
    expect(repCount).toBe(sim.truth.reps.length);
  });

  it('says "stop" before the hip reaches a too-deep bottom (calibrated), once per rep', () => {
    const { sim, cues } = runLive('too_deep', { safeDepthDeg: CALIBRATED_DEG });
    const deepReps = sim.truth.reps.filter((r) => r.faults.some((f) => f === 'too_deep'));
    expect(deepReps.length).toBeGreaterThan(0);
    for (const rep of deepReps) {
      const stop = ids(cues, 'stop').find((c) => c.atS >= rep.startS && c.atS <= rep.bottomS);
      expect(stop, `rep ${rep.index}`).toBeDefined();
    }
    for (const rep of sim.truth.reps) {
      expect(ids(cues, 'stop').filter((c) => c.atS >= rep.startS && c.atS <= rep.endS).length).toBeLessThan(
        2,
      );
    }
  });

  it('gives no "stop" before calibration: the default depth is only a note offline too', () => {
    expect(ids(runLive('too_deep').cues, 'stop')).toHaveLength(0);
  });

  it('gives no side-view cue when the camera is behind the lifter, and still counts and breathes', () => {
    const locked = runLive('knee_lockout', { fromBehind: true, safeDepthDeg: 60 });
    expect(locked.coach.viewAllows('soft_knees')).toBe(false);
    expect(locked.coach.viewAllows('exhale')).toBe(true);
    expect(ids(locked.cues, 'soft_knees')).toHaveLength(0);
    expect(ids(locked.cues, 'stop')).toHaveLength(0);
    expect(locked.repCount).toBe(locked.sim.truth.reps.length);
    expect(ids(locked.cues, 'exhale').length).toBeGreaterThan(0);
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
