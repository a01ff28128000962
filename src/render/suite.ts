/**
 * The evaluation suite: a deterministic grid of short rendered sets over camera yaw, fault scenario, body
 * size, machine angles, look (clothing, background, light), facing and frame rate. Faults come from the
 * simulator's scenario builders, so labels use the engine's thresholds. Each case is identified by a hash of
 * its parameters, which keys the render cache.
 */
import { ENGINE_DEFAULTS, FORM_FAULT_IDS } from '../engine/index.js';
import type { BodySize } from '../sim/anthropometry.js';
import { buildScenario, type ScenarioKind } from '../sim/scenarios.js';
import { DEFAULT_CAMERA, LOOKS, type LookName } from './presets.js';
import type { RenderParams } from './types.js';

export interface SuiteCase {
  readonly id: string;
  readonly kind: ScenarioKind | 'knee_valgus';
  readonly yawDeg: number;
  readonly params: RenderParams;
}

/** Per-rep faults in the grid (set-level ones need long sets; shallow_rep is informational). */
const KINDS: readonly (ScenarioKind | 'knee_valgus')[] = [
  'clean',
  ...FORM_FAULT_IDS.filter((id) => id !== 'knee_valgus'),
];
const YAWS_DEG = [0, 15, 30] as const;
/** Variants: body, machine (seat back, sled), look, facing, fps. */
const VARIANTS: readonly {
  body: BodySize;
  seatBackDeg: number;
  sledDeg: number;
  look: LookName;
  facing: 'left' | 'right';
  fps: number;
  heightOffsetM: number;
}[] = [
  {
    body: 'medium',
    seatBackDeg: 25,
    sledDeg: 30,
    look: 'gym',
    facing: 'right',
    fps: 30,
    heightOffsetM: 0.25,
  },
  {
    body: 'small',
    seatBackDeg: 22,
    sledDeg: 28,
    look: 'bright',
    facing: 'left',
    fps: 30,
    heightOffsetM: 0.05,
  },
  { body: 'large', seatBackDeg: 28, sledDeg: 32, look: 'dim', facing: 'right', fps: 24, heightOffsetM: 0.45 },
];
/**
 * Side-view recall block: the four faults the issue sets side-view goals for, on two reps of three, on
 * machines, bodies, looks and cameras the main grid does not use. The main grid has 2-3 true cases per fault
 * at yaw 0 (counts, not rates); this block adds 6 per fault.
 */
const SIDE_GOAL_KINDS: readonly ScenarioKind[] = [
  'pelvic_tuck',
  'too_deep',
  'knee_lockout',
  'fast_eccentric',
];
const SIDE_VARIANTS: readonly ((typeof VARIANTS)[number] & { distanceScale: number })[] = [
  {
    body: 'medium',
    // Steeper machines (seat back 32, sled 40) cap the rig's hip flexion near 84 deg: no too-deep rep.
    seatBackDeg: 22,
    sledDeg: 34,
    look: 'bright',
    facing: 'left',
    fps: 30,
    heightOffsetM: 0.35,
    distanceScale: 1.15,
  },
  {
    body: 'small',
    seatBackDeg: 18,
    sledDeg: 35,
    look: 'dim',
    facing: 'right',
    fps: 25,
    heightOffsetM: 0.2,
    distanceScale: 0.9,
  },
  {
    body: 'large',
    seatBackDeg: 24,
    sledDeg: 26,
    look: 'gym',
    facing: 'left',
    fps: 30,
    heightOffsetM: 0.1,
    distanceScale: 1,
  },
];
/** Knee valgus needs a front or oblique view: extra cases at wide yaw. */
const VALGUS_YAWS_DEG = [30, 60, 80] as const;

/** Bump when the figure, machine or camera code changes what a clip looks like: it invalidates the cache. */
export const RIG_VERSION = 4;

/**
 * Which pose models the default evaluation runs on a case: the CLI's default model on every case, and
 * MoveNet Thunder on the side-view (yaw 0) cases only, where it is the comparison that matters (Thunder is
 * the model the issue measured detection against; oblique views are BlazePose's job). `--models` overrides.
 */
export function defaultModelsFor(c: SuiteCase, defaultModel: string): string[] {
  return c.yawDeg === 0 ? [defaultModel, 'movenet-thunder'] : [defaultModel];
}

/**
 * 640x360: a thigh spans ~95 px (phone footage gives 200+, 480x270 gave ~70) for ~30% more draw time than
 * 480x270 (Lambert shading, no MSAA: ~64 vs ~49 ms Chromium CPU a frame; fixtures/render/README.md).
 */
export const SUITE_SIZE = { widthPx: 640, heightPx: 360 } as const;
/** No MSAA in the suite (it doubled SwiftShader's time); the pose models see a downscaled crop anyway. */
const SUITE_QUALITY = { antialias: false, shadows: false } as const;
const REPS = 3;

/** FNV-1a of the JSON: stable across runs and machines. */
export function paramsHash(value: unknown): string {
  const s = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function makeCase(
  kind: SuiteCase['kind'],
  yawDeg: number,
  v: (typeof VARIANTS)[number] & { distanceScale?: number },
  seed: number,
  faultyReps: readonly number[] = [2],
): SuiteCase {
  const scenario: ScenarioKind = kind === 'knee_valgus' ? 'clean' : kind;
  const set = buildScenario(scenario, {
    repCount: REPS,
    seed,
    fps: v.fps,
    body: v.body,
    machine: { seatBackDeg: v.seatBackDeg, sledDeg: v.sledDeg },
    setupAndRerack: false,
    landmarkSet: 'movenet17',
    // Faults on the middle rep by default, so each set has clean reps before and after.
    faultyReps: kind === 'clean' || kind === 'knee_valgus' ? [] : faultyReps,
  });
  // Shorter pauses than the simulator's default keep clips short (rendering is CPU-bound).
  const reps = set.reps.map((r) => ({ ...r, topPauseS: Math.min(r.topPauseS, 0.4) }));
  const valgusDeg = 2 * ENGINE_DEFAULTS.faults.kneeValgus.warnFppaDeg;
  const params: RenderParams = {
    set: { ...set, reps },
    camera: {
      ...DEFAULT_CAMERA,
      ...SUITE_SIZE,
      yawDeg,
      facing: v.facing,
      heightOffsetM: v.heightOffsetM,
      ...(v.distanceScale !== undefined ? { distanceScale: v.distanceScale } : {}),
    },
    look: LOOKS[v.look],
    quality: SUITE_QUALITY,
    ...(kind === 'knee_valgus' ? { kneeValgusDeg: [0, valgusDeg, 0] } : {}),
  };
  return { id: `${kind}-y${yawDeg}-${paramsHash({ params, RIG_VERSION })}`, kind, yawDeg, params };
}

export function buildSuite(): SuiteCase[] {
  const cases: SuiteCase[] = [];
  let seed = 100;
  VARIANTS.forEach((v) => {
    for (const yaw of YAWS_DEG) for (const kind of KINDS) cases.push(makeCase(kind, yaw, v, seed++));
  });
  for (const yaw of VALGUS_YAWS_DEG) cases.push(makeCase('knee_valgus', yaw, VARIANTS[0]!, seed++));
  // Appended after the main grid so its seeds (and cached clips) stay as they were.
  for (const v of SIDE_VARIANTS)
    for (const kind of SIDE_GOAL_KINDS) cases.push(makeCase(kind, 0, v, seed++, [1, 3]));
  return cases;
}

/** CI subset (run with MoveNet Lightning): side-view clean and faulty sets, and one oblique clean set. */
export function quickSuite(all: readonly SuiteCase[] = buildSuite()): SuiteCase[] {
  const pick = (kind: SuiteCase['kind'], yaw: number): SuiteCase | undefined =>
    all.find((c) => c.kind === kind && c.yawDeg === yaw);
  return [pick('clean', 0), pick('pelvic_tuck', 0), pick('fast_eccentric', 0), pick('clean', 30)].filter(
    (c): c is SuiteCase => c !== undefined,
  );
}
