/**
 * Named clips and looks. The fixture clips (`clean`, `faulty`) are short sets whose faults use the
 * simulator's scenario builders, so fault labels follow the engine's thresholds (ENGINE_DEFAULTS).
 */
import { ENGINE_DEFAULTS } from '../engine/index.js';
import { buildScenario, cleanRep, withFault } from '../sim/scenarios.js';
import type { RepParams, SetParams } from '../sim/types.js';
import type { CameraRig, Look, RenderParams } from './types.js';

export const LOOKS = {
  gym: {
    skin: '#c68e6a',
    shirt: '#1f4e9c',
    shorts: '#5d626c',
    shoes: '#1d2330',
    shoeSole: '#f2f0ea',
    socks: '#f4f4f4',
    hair: '#2b1d14',
    wall: '#b9b4aa',
    floor: '#3a3a3c',
    machineFrame: '#5d6066',
    pad: '#1b1b1d',
    light: 1,
  },
  bright: {
    skin: '#e0b092',
    shirt: '#c0392b',
    shorts: '#1f2f4a',
    shoes: '#2a6f4e',
    shoeSole: '#e9e4d6',
    socks: '#f0f0f0',
    hair: '#6b4a2b',
    wall: '#dcdcd8',
    floor: '#6d6258',
    machineFrame: '#9aa0a6',
    pad: '#7d1d1d',
    light: 1.15,
  },
  dim: {
    skin: '#8d5a3b',
    shirt: '#e6e6e6',
    shorts: '#3b4f2a',
    shoes: '#c9d1d9',
    shoeSole: '#c8844a',
    socks: '#202020',
    hair: '#111111',
    wall: '#5e6670',
    floor: '#2a2a2a',
    machineFrame: '#3e4247',
    pad: '#7a1f1f',
    light: 0.75,
  },
} as const satisfies Record<string, Look>;

export type LookName = keyof typeof LOOKS;

export const DEFAULT_CAMERA: CameraRig = {
  widthPx: 640,
  heightPx: 360,
  vfovDeg: 40,
  yawDeg: 0,
  heightOffsetM: 0.25,
  distanceScale: 1,
  facing: 'right',
};

/** Brisker than the simulator's default clean rep so six reps fit in ~20 s (still well clear of every threshold). */
function fixtureRep(): RepParams {
  return {
    ...cleanRep(ENGINE_DEFAULTS),
    eccentricS: 1.6,
    concentricS: 1.0,
    bottomPauseS: 0.25,
    topPauseS: 0.35,
  };
}

function baseSet(repCount: number, seed: number): SetParams {
  const set = buildScenario('clean', {
    repCount,
    seed,
    setupAndRerack: false,
    fps: 30,
    landmarkSet: 'movenet17',
  });
  return { ...set, reps: set.reps.map(() => fixtureRep()) };
}

export type FixtureName = 'clean' | 'faulty';

export function fixtureParams(name: FixtureName): RenderParams {
  const set = baseSet(6, name === 'clean' ? 11 : 12);
  if (name === 'clean') return { set, camera: DEFAULT_CAMERA, look: LOOKS.gym };
  // Faulty: rep 3 lowered fast, rep 4 too deep, reps 5 and 6 with the pelvis rolling off the pad. Depth past
  // the limit is moderate: this machine's deepest reach is ~8 deg past the default limit; a rolling pelvis
  // lowers the measured hip flexion (the shoulder-hip line turns with it), so tuck reps keep normal depth.
  const ctx = { config: ENGINE_DEFAULTS, body: set.body, machine: set.machine };
  const limit = ENGINE_DEFAULTS.faults.tooDeep.defaultWarnHipFlexionDeg;
  const reps = set.reps.map((rep, i) => {
    if (i === 2) return withFault(rep, 'fast_eccentric', ctx);
    if (i === 3) return { ...withFault(rep, 'too_deep', ctx), bottomHipFlexionDeg: limit + 4 };
    if (i >= 4) return withFault(rep, 'pelvic_tuck', ctx);
    return rep;
  });
  return { set: { ...set, reps }, camera: DEFAULT_CAMERA, look: LOOKS.bright };
}
