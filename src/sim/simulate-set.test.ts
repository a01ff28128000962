import { describe, expect, it } from 'vitest';
import { angleAtDeg, ENGINE_DEFAULTS, LANDMARK_SETS, type KeypointTrack } from '../engine/index.js';
import { buildScenario, cleanRep, simulateSet, withFault } from './index.js';
import type { SetParams } from './types.js';

const F = ENGINE_DEFAULTS.faults;

function point(track: KeypointTrack, frame: number, name: string): { x: number; y: number } {
  const set = LANDMARK_SETS[track.landmarkSet];
  const kp = track.frames[frame]!.keypoints[set.names.indexOf(name)];
  if (!kp) throw new Error(`${name} missing in frame ${frame}`);
  return kp;
}

describe('simulateSet: determinism', () => {
  it('gives the same track and truth for the same seed, and a different track for another seed', () => {
    const params = buildScenario('pelvic_tuck', { noise: 'moderate', seed: 7, repCount: 5 });
    const a = simulateSet(params);
    const b = simulateSet(params);
    const c = simulateSet({ ...params, seed: 8 });
    expect(JSON.stringify(a.track.frames)).toBe(JSON.stringify(b.track.frames));
    expect(a.truth.reps).toEqual(b.truth.reps);
    expect(JSON.stringify(c.track.frames)).not.toBe(JSON.stringify(a.track.frames));
    // The motion (truth) does not depend on the noise seed.
    expect(c.truth.reps.map((r) => r.faults)).toEqual(a.truth.reps.map((r) => r.faults));
  });
});

describe('simulateSet: true angles match the drawn geometry', () => {
  for (const facing of ['left', 'right'] as const) {
    it(`noiseless near-side keypoints reproduce the true knee angle and hip flexion (facing ${facing})`, () => {
      // A distant (narrow field) camera: perspective between near-side joints at different depths (shoulders
      // sit wider than hips) shrinks to about a degree; a phone at 1.5 m shows a few degrees, as real video does.
      const sim = simulateSet(
        buildScenario('clean', {
          noise: 'none',
          repCount: 3,
          camera: { imageWidthPx: 1280, imageHeightPx: 720, hfovDeg: 20, fill: 0.7, facing },
        }),
      );
      const side = sim.truth.nearSide;
      expect(side).toBe(facing === 'right' ? 'right' : 'left');
      let worst = 0;
      for (let f = 0; f < sim.track.frames.length; f += 7) {
        const hip = point(sim.track, f, `${side}_hip`);
        const knee = point(sim.track, f, `${side}_knee`);
        const ankle = point(sim.track, f, `${side}_ankle`);
        const shoulder = point(sim.track, f, `${side}_shoulder`);
        // Perspective of a side-on camera keeps in-plane angles; the near side sits on one depth plane.
        worst = Math.max(worst, Math.abs(angleAtDeg(hip, knee, ankle) - sim.truth.series.kneeDeg[f]!));
        worst = Math.max(
          worst,
          Math.abs(180 - angleAtDeg(shoulder, hip, knee) - sim.truth.series.hipFlexionDeg[f]!),
        );
      }
      expect(worst).toBeLessThan(1.5);
      // Knees point the way the lifter faces.
      const hip = point(sim.track, 0, `${side}_hip`);
      const knee = point(sim.track, 0, `${side}_knee`);
      expect(Math.sign(knee.x - hip.x)).toBe(facing === 'right' ? 1 : -1);
    });
  }

  it('bends the knee from the top to the bottom of every rep and back', () => {
    const sim = simulateSet(buildScenario('clean', { repCount: 4 }));
    expect(sim.truth.reps).toHaveLength(4);
    for (const r of sim.truth.reps) {
      expect(r.kneeTopDeg - r.kneeMinDeg).toBeGreaterThan(ENGINE_DEFAULTS.reps.minRangeDeg + 20);
      expect(r.startS).toBeLessThan(r.bottomS);
      expect(r.bottomS).toBeLessThan(r.endS);
      expect(r.faults).toEqual([]);
    }
    expect(sim.truth.setFaults).toEqual([]);
  });
});

describe('simulateSet: fault parameters change the truth as intended', () => {
  const base = buildScenario('clean', { repCount: 6 });
  const ctx = { config: ENGINE_DEFAULTS, body: base.body, machine: base.machine };
  const clean = cleanRep();
  const withRep = (rep: number, kind: Parameters<typeof withFault>[1]): SetParams => ({
    ...base,
    reps: base.reps.map((r, i) => (i === rep - 1 ? withFault(clean, kind, ctx) : r)),
  });

  const cases = [
    [
      'pelvic_tuck',
      (r: { hipDepartureMaxThighs: number }) => r.hipDepartureMaxThighs > F.pelvicTuck.warnThighs,
    ],
    [
      'too_deep',
      (r: { hipFlexionMaxDeg: number }) => r.hipFlexionMaxDeg > F.tooDeep.defaultWarnHipFlexionDeg,
    ],
    ['heel_lift', (r: { heelLiftMaxDeg: number }) => r.heelLiftMaxDeg > F.heelLift.warnDeg],
    [
      'head_lift',
      (r: { headDepartureMaxThighs: number }) => r.headDepartureMaxThighs > F.headLift.warnThighs,
    ],
    ['fast_eccentric', (r: { eccentricS: number }) => r.eccentricS < F.fastEccentric.warnBelowS],
    ['bounce', (r: { bottomDwellS: number }) => r.bottomDwellS < F.bounce.maxDwellS],
    ['knee_lockout', (r: { lockoutKneeMaxDeg: number }) => r.lockoutKneeMaxDeg >= F.kneeLockout.warnKneeDeg],
    ['shallow_rep', (r: { kneeMinDeg: number }) => r.kneeMinDeg > F.shallowRep.maxBottomKneeDeg],
  ] as const;
  for (const [kind, measurePast] of cases) {
    it(`${kind} on rep 3 only: measured past the warn level there, labelled there and nowhere else`, () => {
      const sim = simulateSet(withRep(3, kind));
      sim.truth.reps.forEach((r, i) => {
        expect(measurePast(r as never)).toBe(i === 2);
        expect(r.faults.includes(kind)).toBe(i === 2);
      });
    });
  }

  it('a lifted heel moves the ankle (the foot pivots on its ball), changing the knee angle', () => {
    const sim = simulateSet(withRep(2, 'heel_lift'));
    expect(sim.truth.reps[1]!.kneeMinDeg).toBeGreaterThan(sim.truth.reps[0]!.kneeMinDeg + 2);
  });

  it('velocity loss slows the late pushes and is labelled for the set', () => {
    const slow = simulateSet(buildScenario('velocity_loss', { repCount: 6 }));
    expect(slow.truth.velocityLossPercent).toBeGreaterThan(F.velocityLoss.warnPercent);
    expect(slow.truth.setFaults).toContain('velocity_loss');
    const steady = simulateSet(buildScenario('clean', { repCount: 6 }));
    expect(steady.truth.velocityLossPercent).toBeLessThan(F.velocityLoss.warnPercent / 2);
  });

  it('form breaking down on the late reps is labelled load_too_heavy', () => {
    const sim = simulateSet(buildScenario('load_too_heavy', { repCount: 8 }));
    expect(sim.truth.reps.slice(4).every((r) => r.faults.includes('pelvic_tuck'))).toBe(true);
    expect(sim.truth.setFaults).toContain('load_too_heavy');
  });

  it('a personal safe depth moves the too_deep limit', () => {
    const sim = simulateSet(buildScenario('clean', { repCount: 3, safeDepthDeg: 80 }));
    expect(sim.truth.hipFlexionLimitDeg).toBe(80);
    expect(sim.truth.reps.every((r) => !r.faults.includes('too_deep'))).toBe(true);
    const strict = simulateSet({ ...buildScenario('clean', { repCount: 3 }), safeDepthDeg: 80 });
    expect(strict.truth.reps.every((r) => r.faults.includes('too_deep'))).toBe(true);
  });

  it('starting at the bottom adds a push that is not a rep', () => {
    const sim = simulateSet(
      buildScenario('clean', { repCount: 4, startAtBottom: true, setupAndRerack: false }),
    );
    expect(sim.truth.reps).toHaveLength(4);
    expect(sim.truth.series.kneeDeg[0]!).toBeLessThan(sim.truth.reps[0]!.kneeTopDeg - 40);
  });
});

describe('simulateSet: landmark sets and noise', () => {
  it('fills all 33 BlazePose points and 17 MoveNet points when noiseless', () => {
    for (const landmarkSet of ['blazepose33', 'movenet17'] as const) {
      const sim = simulateSet(buildScenario('clean', { landmarkSet, repCount: 2 }));
      const n = LANDMARK_SETS[landmarkSet].names.length;
      // Count problems instead of asserting per point: ~30,000 expects would dominate the test time.
      let wrongLength = 0;
      let missingOrOutside = 0;
      for (const frame of sim.track.frames) {
        if (frame.keypoints.length !== n) wrongLength++;
        for (const kp of frame.keypoints) {
          const inside =
            kp !== null &&
            kp.x >= 0 &&
            kp.x <= sim.track.imageWidthPx &&
            kp.y >= 0 &&
            kp.y <= sim.track.imageHeightPx;
          if (!inside) missingOrOutside++;
        }
      }
      expect(wrongLength).toBe(0);
      expect(missingOrOutside).toBe(0);
    }
  });

  it('puts the heel behind and below the toe on the platform (BlazePose)', () => {
    const sim = simulateSet(buildScenario('clean', { repCount: 1 }));
    const side = sim.truth.nearSide;
    const heel = point(sim.track, 0, `${side}_heel`);
    const toe = point(sim.track, 0, `${side}_foot_index`);
    const ankle = point(sim.track, 0, `${side}_ankle`);
    expect(toe.y).toBeLessThan(heel.y); // toes higher up the platform
    expect(Math.hypot(toe.x - heel.x, toe.y - heel.y)).toBeGreaterThan(
      Math.hypot(ankle.x - heel.x, ankle.y - heel.y),
    );
  });

  it('more noise means larger jitter, more missing points and lower far-side scores', () => {
    const stats = (noise: 'low' | 'high') => {
      const clean = simulateSet(buildScenario('clean', { repCount: 3, noise: 'none', seed: 3 }));
      const noisy = simulateSet(buildScenario('clean', { repCount: 3, noise, seed: 3 }));
      const set = LANDMARK_SETS[noisy.track.landmarkSet];
      const nearKnee = set.names.indexOf(`${noisy.truth.nearSide}_knee`);
      const farKnee = set.names.indexOf(`${noisy.truth.nearSide === 'left' ? 'right' : 'left'}_knee`);
      let missing = 0;
      let errSum = 0;
      let errN = 0;
      let farScore = 0;
      let farN = 0;
      noisy.track.frames.forEach((frame, f) => {
        const kp = frame.keypoints[nearKnee];
        const ref = clean.track.frames[f]!.keypoints[nearKnee]!;
        if (!kp) missing++;
        else if (kp.score > 0.4) {
          errSum += Math.hypot(kp.x - ref.x, kp.y - ref.y);
          errN++;
        }
        const far = frame.keypoints[farKnee];
        if (far) {
          farScore += far.score;
          farN++;
        }
      });
      return { missing, err: errSum / errN, farScore: farScore / farN };
    };
    const low = stats('low');
    const high = stats('high');
    expect(high.err).toBeGreaterThan(low.err);
    expect(high.missing).toBeGreaterThan(low.missing);
    expect(high.farScore).toBeLessThan(0.6);
  });

  it('jittered timestamps stay strictly increasing (variable frame rate)', () => {
    const sim = simulateSet(buildScenario('clean', { repCount: 2, noise: 'high', fps: 24 }));
    const t = sim.track.frames.map((f) => f.tS);
    for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThan(t[i - 1]!);
    const steps = new Set(t.slice(1).map((v, i) => Math.round((v - t[i]!) * 1e4)));
    expect(steps.size).toBeGreaterThan(3);
  });
});
