/**
 * Accuracy of the engine against simulated leg press sets with known truth.
 *
 *   npm run eval            tables per noise level
 *   npm run eval -- --json  one JSON object (moderate noise at the top level, every level under byNoise)
 *   npm run eval -- --fps 15  every set sampled at 15 fps (the video path's analysis rate is a choice)
 *   npm run eval -- --seed 1 --variants 12  another (or a larger) seeded grid, to tell a real change from one case
 *   npm run eval -- --bone-offset  with kinematics.boneOffsetCorrection on (off by default: see its source)
 *
 * A seeded grid of sets (body sizes x machines x fps x landmark sets x facing x fault scenarios x noise) is
 * simulated by src/sim and analysed with analyzeTrackDetailed. Rep faults are scored per rep (engine reps
 * matched to true reps by time), set faults per set. A fault the engine reports as not assessable (for the
 * set, or for one rep) is counted apart, never as a miss.
 */
import {
  analyzeTrackDetailed,
  FAULT_IDS,
  SET_FAULT_IDS,
  type AnalysisReport,
  type FaultId,
  type LandmarkSetId,
} from '../src/engine/index.js';
import { scoreRepFaults } from '../src/eval/score-rep-faults.js';
import {
  buildScenario,
  createRng,
  SCENARIO_KINDS,
  simulateSet,
  type BodySize,
  type NoiseLevel,
  type ScenarioKind,
  type SetParams,
  type SimulatedSet,
} from '../src/sim/index.js';

const NOISE_LEVELS: readonly Exclude<NoiseLevel, 'none'>[] = ['low', 'moderate', 'high'];
const SET_FAULTS: readonly FaultId[] = SET_FAULT_IDS;
const BODIES: readonly BodySize[] = ['small', 'medium', 'large'];
const LANDMARK_SETS: readonly LandmarkSetId[] = ['blazepose33', 'movenet17'];
/** `--fps 15` (or `--fps 10,15`) replaces the grid's frame rates: how accuracy depends on the analysis rate. */
const FPS: readonly number[] = fpsOption() ?? [24, 30, 50, 60];

function fpsOption(): number[] | undefined {
  const i = process.argv.indexOf('--fps');
  if (i < 0) return undefined;
  const values = (process.argv[i + 1] ?? '').split(',').map(Number);
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v < 5 || v > 240)) {
    process.stderr.write('--fps takes frame rates between 5 and 240, comma-separated (e.g. --fps 15,20)\n');
    process.exit(2);
  }
  return values;
}
/** Machines: reclined set-ups judged against the default limit, upright ones against a fitted personal limit. */
const MACHINES: readonly { seatBackDeg: number; sledDeg: number; calibrated: boolean }[] = [
  { seatBackDeg: 25, sledDeg: 30, calibrated: false },
  { seatBackDeg: 20, sledDeg: 35, calibrated: false },
  { seatBackDeg: 30, sledDeg: 30, calibrated: false },
  { seatBackDeg: 40, sledDeg: 45, calibrated: true },
  { seatBackDeg: 50, sledDeg: 40, calibrated: true },
  { seatBackDeg: 35, sledDeg: 50, calibrated: true },
];
const VARIANTS_PER_SCENARIO = intOption('--variants') ?? 6;
const GRID_SEED = intOption('--seed') ?? 20261121;
const BONE_OFFSET = process.argv.includes('--bone-offset');

function intOption(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`${name} takes a positive integer\n`);
    process.exit(2);
  }
  return value;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** True positives the engine declared not assessable. */
  na: number;
}

interface LevelResult {
  sets: number;
  repCountExact: number;
  engineErrors: number;
  counts: Record<FaultId, Counts>;
  kneeAbsErrSum: number;
  kneeN: number;
  hipAbsErrSum: number;
  hipN: number;
  /** Sets whose rep count was wrong, for the report. */
  repCountMisses: string[];
  /** Every false alarm and miss, for `--details`. */
  disagreements: string[];
}

function emptyLevel(): LevelResult {
  const counts = {} as Record<FaultId, Counts>;
  for (const id of FAULT_IDS) counts[id] = { tp: 0, fp: 0, fn: 0, na: 0 };
  return {
    sets: 0,
    repCountExact: 0,
    engineErrors: 0,
    counts,
    kneeAbsErrSum: 0,
    kneeN: 0,
    hipAbsErrSum: 0,
    hipN: 0,
    repCountMisses: [],
    disagreements: [],
  };
}

interface GridCase {
  readonly label: string;
  readonly noise: Exclude<NoiseLevel, 'none'>;
  readonly params: SetParams;
}

interface SimulatedCase extends GridCase {
  readonly set: SimulatedSet;
}

/**
 * The seeded grid: every scenario at every noise level, varied across the other axes. Only parameters are
 * kept; each set is simulated, analysed and dropped in turn (holding hundreds of tracks makes GC dominate).
 */
function buildGrid(): GridCase[] {
  const rng = createRng(GRID_SEED);
  const cases: GridCase[] = [];
  let i = 0;
  for (const noise of NOISE_LEVELS) {
    for (const kind of SCENARIO_KINDS) {
      for (let v = 0; v < VARIANTS_PER_SCENARIO; v++, i++) {
        // Cycle the axes with co-prime periods so the grid covers their combinations evenly.
        const machine = MACHINES[i % MACHINES.length]!;
        const body = BODIES[i % BODIES.length]!;
        const landmarkSet = LANDMARK_SETS[(i >> 1) % LANDMARK_SETS.length]!;
        const fps = FPS[i % FPS.length]!;
        const facing = v % 2 === 0 ? 'right' : 'left';
        const repCount = rng.int(5, 8);
        const faultyReps = pickFaultyReps(kind, repCount, rng);
        const portrait = rng.chance(0.3);
        const params = buildScenario(kind, {
          seed: rng.int(1, 2 ** 30),
          body,
          machine: { seatBackDeg: machine.seatBackDeg, sledDeg: machine.sledDeg },
          ...(machine.calibrated ? { safeDepthDeg: 'fit' as const } : {}),
          landmarkSet,
          fps,
          camera: {
            imageWidthPx: portrait ? 720 : 1280,
            imageHeightPx: portrait ? 1280 : 720,
            hfovDeg: rng.uniform(55, 75),
            fill: rng.uniform(0.55, 0.85),
            facing,
          },
          repCount,
          ...(faultyReps ? { faultyReps } : {}),
          startAtBottom: rng.chance(0.15),
          setupAndRerack: rng.chance(0.7),
          noise,
        });
        const label = `${noise}/${kind}#${v} ${body} seat${machine.seatBackDeg}/sled${machine.sledDeg} ${landmarkSet} ${fps}fps ${facing}`;
        cases.push({ label, noise, params });
      }
    }
  }
  return cases;
}

/** Faulty reps anywhere in the set for rep faults (so faults also appear mid-set); scenario defaults otherwise. */
function pickFaultyReps(
  kind: ScenarioKind,
  n: number,
  rng: ReturnType<typeof createRng>,
): number[] | undefined {
  if (kind === 'clean' || kind === 'velocity_loss' || kind === 'load_too_heavy') return undefined;
  const count = rng.int(1, Math.min(3, n - 2));
  const reps = new Set<number>();
  while (reps.size < count) reps.add(rng.int(1, n));
  return [...reps].sort((a, b) => a - b);
}

function scoreSet(level: LevelResult, c: SimulatedCase, report: AnalysisReport): void {
  const truth = c.set.truth;
  level.sets++;
  if (report.reps.length === truth.reps.length) level.repCountExact++;
  else level.repCountMisses.push(`${c.label}: ${report.reps.length} reps, truly ${truth.reps.length}`);
  const setNa = new Set(report.notAssessable.map((n) => n.id));

  const repFaults = FAULT_IDS.filter((id) => !SET_FAULTS.includes(id));
  scoreRepFaults(truth.reps, report, repFaults, level.counts, ({ id, truth: t, rep: r, verdict }) => {
    if (verdict !== 'fp' && verdict !== 'fn') return;
    const measure = r?.faults.find((f) => f.id === id)?.measure;
    level.disagreements.push(
      `${verdict === 'fp' ? 'FP' : 'FN'} ${id} ${c.label} rep ${t.index}` +
        (measure
          ? `: engine ${measure.name} ${measure.value.toFixed(2)} (threshold ${measure.threshold})`
          : '') +
        ` truth: dep ${t.hipDepartureMaxThighs.toFixed(3)} hf ${t.hipFlexionMaxDeg.toFixed(1)} ecc ${t.eccentricS.toFixed(2)} dwell ${t.bottomDwellS.toFixed(2)} lock ${t.lockoutKneeMaxDeg.toFixed(1)}/${t.lockoutHoldS.toFixed(2)}s`,
    );
  });
  for (const id of SET_FAULTS) {
    const k = level.counts[id];
    const truly = truth.setFaults.includes(id);
    const found = report.faults.some((f) => f.id === id);
    if (setNa.has(id)) {
      if (truly) k.na++;
      continue;
    }
    if (truly && found) k.tp++;
    else if (found) k.fp++;
    else if (truly) k.fn++;
    if (truly !== found) {
      const measure = report.faults.find((f) => f.id === id)?.setLevel?.measure;
      level.disagreements.push(
        `${found ? 'FP' : 'FN'} ${id} ${c.label}: true VL ${truth.velocityLossPercent.toFixed(1)}%` +
          (measure ? `, engine ${measure.name} ${measure.value.toFixed(2)}` : '') +
          `; true rep faults ${truth.reps.map((r) => r.faults.join('+') || '-').join(' ')}`,
      );
    }
  }
}

function scoreAngles(
  level: LevelResult,
  c: SimulatedCase,
  kneeDeg: Float64Array,
  hipFlexionDeg: Float64Array,
): void {
  const truth = c.set.truth.series;
  for (let i = 0; i < truth.tS.length; i++) {
    const k = kneeDeg[i]!;
    const h = hipFlexionDeg[i]!;
    if (Number.isFinite(k)) {
      level.kneeAbsErrSum += Math.abs(k - truth.kneeDeg[i]!);
      level.kneeN++;
    }
    if (Number.isFinite(h)) {
      level.hipAbsErrSum += Math.abs(h - truth.hipFlexionDeg[i]!);
      level.hipN++;
    }
  }
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

function summary(level: LevelResult): {
  repCountExact: number;
  faults: Record<
    string,
    {
      precision: number | null;
      recall: number | null;
      tp: number;
      fp: number;
      fn: number;
      notAssessable: number;
    }
  >;
  angleMaeDeg: { knee: number | null; hipFlexion: number | null };
  sets: number;
  engineErrors: number;
} {
  const faults: Record<
    string,
    {
      precision: number | null;
      recall: number | null;
      tp: number;
      fp: number;
      fn: number;
      notAssessable: number;
    }
  > = {};
  for (const id of FAULT_IDS) {
    const k = level.counts[id];
    faults[id] = {
      precision: ratio(k.tp, k.tp + k.fp),
      recall: ratio(k.tp, k.tp + k.fn),
      tp: k.tp,
      fp: k.fp,
      fn: k.fn,
      notAssessable: k.na,
    };
  }
  return {
    repCountExact: level.sets === 0 ? 0 : level.repCountExact / level.sets,
    faults,
    angleMaeDeg: {
      knee: ratio(level.kneeAbsErrSum, level.kneeN),
      hipFlexion: ratio(level.hipAbsErrSum, level.hipN),
    },
    sets: level.sets,
    engineErrors: level.engineErrors,
  };
}

const fmt = (v: number | null, digits = 3): string => (v === null ? '   -' : v.toFixed(digits));

function printTable(noise: string, level: LevelResult): void {
  const s = summary(level);
  console.log(
    `\n## Noise: ${noise} (${s.sets} sets${s.engineErrors ? `, ${s.engineErrors} engine errors` : ''})`,
  );
  console.log(`rep count exact: ${fmt(s.repCountExact)}`);
  console.log(
    `angle MAE vs truth: knee ${fmt(s.angleMaeDeg.knee, 2)} deg, hip flexion ${fmt(s.angleMaeDeg.hipFlexion, 2)} deg`,
  );
  console.log('| fault | precision | recall | TP | FP | FN | not assessable |');
  console.log('|---|---|---|---|---|---|---|');
  for (const id of FAULT_IDS) {
    const f = s.faults[id]!;
    console.log(
      `| ${id} | ${fmt(f.precision)} | ${fmt(f.recall)} | ${f.tp} | ${f.fp} | ${f.fn} | ${f.notAssessable} |`,
    );
  }
  if (process.argv.includes('--details')) {
    for (const d of level.disagreements) console.log(`  ${d}`);
  }
  if (level.repCountMisses.length > 0) {
    console.log(`rep count misses (first 5 of ${level.repCountMisses.length}):`);
    for (const m of level.repCountMisses.slice(0, 5)) console.log(`  ${m}`);
  }
}

function main(): void {
  const json = process.argv.includes('--json');
  const t0 = performance.now();
  const grid = buildGrid();
  let simulateMs = 0;
  let analyseMs = 0;
  const levels = new Map<string, LevelResult>(NOISE_LEVELS.map((n) => [n, emptyLevel()]));
  for (const g of grid) {
    const level = levels.get(g.noise)!;
    const tA = performance.now();
    const c: SimulatedCase = { ...g, set: simulateSet(g.params) };
    const tB = performance.now();
    simulateMs += tB - tA;
    try {
      const detailed = analyzeTrackDetailed(c.set.track, {
        ...(c.params.safeDepthDeg !== undefined ? { safeDepthDeg: c.params.safeDepthDeg } : {}),
        ...(BONE_OFFSET ? { config: { kinematics: { boneOffsetCorrection: true } } } : {}),
      });
      scoreSet(level, c, detailed.report);
      scoreAngles(level, c, detailed.kinematics.kneeDeg, detailed.kinematics.hipFlexionDeg);
    } catch (error) {
      level.sets++;
      level.engineErrors++;
      level.repCountMisses.push(`${c.label}: engine error ${(error as Error).message}`);
    }
    analyseMs += performance.now() - tB;
  }
  const totalS = (performance.now() - t0) / 1000;
  const moderate = summary(levels.get('moderate')!);
  if (json) {
    const byNoise = Object.fromEntries([...levels].map(([n, l]) => [n, summary(l)]));
    console.log(
      JSON.stringify({
        repCountExact: moderate.repCountExact,
        faults: Object.fromEntries(
          Object.entries(moderate.faults).map(([id, f]) => [
            id,
            { precision: f.precision, recall: f.recall },
          ]),
        ),
        angleMaeDeg: moderate.angleMaeDeg,
        byNoise,
        sets: grid.length,
        seconds: { total: totalS, simulate: simulateMs / 1000, analyse: analyseMs / 1000 },
      }),
    );
    return;
  }
  console.log(`Spotter accuracy on ${grid.length} simulated sets (seed ${GRID_SEED})`);
  console.log(
    'precision/recall per rep for rep faults, per set for velocity_loss and load_too_heavy; - = no case',
  );
  for (const [noise, level] of levels) printTable(noise, level);
  console.log(
    `\n${totalS.toFixed(1)} s: simulate ${(simulateMs / 1000).toFixed(1)} s, analyse ${(analyseMs / 1000).toFixed(1)} s (wall clock)`,
  );
}

main();
