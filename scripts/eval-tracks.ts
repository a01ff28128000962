/**
 * Fast engine loop on saved pose-model tracks: re-runs the engine in process on every `<model>.track.json`
 * of a rendered suite directory (no pose model, no rendering) and scores it against `clip.truth.json`.
 * Prints knee/hip MAE and per-fault precision/recall by model and camera yaw, plus a `truth-2d` row (the
 * engine on the projected true joints).
 *
 *   npx tsx scripts/eval-tracks.ts [suiteDir] [--json] [--diag] [--na] [--baseline]
 *
 * suiteDir defaults to .cache/render/suite. --diag adds per-joint keypoint bias against the truth (mean
 * offset and mean error, thigh lengths); --na lists the not-assessable reasons; --baseline switches off the
 * foot and hip plausibility gates (heel_lift toe drift, pelvic_tuck hip noise) to show what they change.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeTrackDetailed,
  LANDMARK_SETS,
  nearestFrame,
  type KeypointTrack,
} from '../src/engine/index.js';
import { parseKeypointTrackJson } from '../src/formats/keypoint-track/index.js';
import type { RenderTruth } from '../src/render/ground-truth.js';
import { SCORED_FAULTS, scoreClip, type ClipScore } from '../src/render/eval/score-clip.js';
import { truthToTrack } from '../src/render/eval/truth-track.js';

const argv = process.argv.slice(2);
const dir = argv.find((a) => !a.startsWith('--')) ?? '.cache/render/suite';
const json = argv.includes('--json');
const diag = argv.includes('--diag');
const options = argv.includes('--baseline')
  ? {
      config: {
        faults: {
          heelLift: { maxToeDriftFractionOfWarn: 1e9 },
          pelvicTuck: { uncertaintyCoverageSd: 0 },
        },
      },
    }
  : {};

interface Run {
  readonly caseId: string;
  readonly model: string;
  readonly yawDeg: number;
  readonly score: ClipScore | null;
  readonly notAssessable: readonly { id: string; reason: string }[];
}

const runs: Run[] = [];
const diagRows: string[] = [];
const cpu0 = process.cpuUsage();
for (const caseId of readdirSync(dir).sort()) {
  const truthFile = join(dir, caseId, 'clip.truth.json');
  if (!existsSync(truthFile)) continue;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as RenderTruth;
  const yawDeg = truth.params.camera.yawDeg;
  const tracks: [string, KeypointTrack][] = readdirSync(join(dir, caseId))
    .filter((f) => f.endsWith('.track.json'))
    .map((f) => [
      f.replace('.track.json', ''),
      parseKeypointTrackJson(readFileSync(join(dir, caseId, f), 'utf8')),
    ]);
  tracks.push(['truth-2d', truthToTrack(truth)]);
  for (const [model, track] of tracks) {
    try {
      const d = analyzeTrackDetailed(track, options);
      runs.push({
        caseId,
        model,
        yawDeg,
        score: scoreClip(truth, d.report, d.kinematics, track),
        notAssessable: d.report.notAssessable,
      });
      if (diag && model !== 'truth-2d') diagRows.push(jointBias(caseId, model, truth, track));
    } catch (err) {
      runs.push({ caseId, model, yawDeg, score: null, notAssessable: [] });
      process.stderr.write(`${caseId} ${model}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}

/** Mean signed keypoint offset (along thigh / normal to it, in thighs) of near hip, knee, ankle, heel, toe. */
function jointBias(caseId: string, model: string, truth: RenderTruth, track: KeypointTrack): string {
  const names = LANDMARK_SETS[track.landmarkSet].names;
  const s = truth.nearSide;
  const joints = ['hip', 'knee', 'ankle', 'heel', 'foot_index'];
  const truthT = truth.frames.map((f) => f.tS);
  const out: string[] = [];
  for (const j of joints) {
    const ti = names.indexOf(`${s}_${j}`);
    const gi = truth.names.indexOf(`${s}_${j}`);
    if (ti < 0 || gi < 0) continue;
    let sx = 0;
    let sy = 0;
    let n = 0;
    let abs = 0;
    track.frames.forEach((f) => {
      const kp = f.keypoints[ti];
      const g = truth.frames[nearestFrame(truthT, f.tS, 'earlier')]!.xy;
      if (!kp) return;
      const h = truth.names.indexOf(`${s}_hip`);
      const kn = truth.names.indexOf(`${s}_knee`);
      const thigh = Math.hypot(g[2 * h]! - g[2 * kn]!, g[2 * h + 1]! - g[2 * kn + 1]!);
      const ex = (kp.x - g[2 * gi]!) / thigh;
      const ey = (kp.y - g[2 * gi + 1]!) / thigh;
      sx += ex;
      sy += ey;
      abs += Math.hypot(ex, ey);
      n++;
    });
    out.push(`${j} dx ${(sx / n).toFixed(3)} dy ${(sy / n).toFixed(3)} |e| ${(abs / n).toFixed(3)}`);
  }
  return `${caseId} ${model}: ${out.join('; ')}`;
}

const mean = (v: readonly number[]): number => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);
const f2 = (v: number | null): string => (v === null || !Number.isFinite(v) ? '  - ' : v.toFixed(2));

interface Group {
  readonly knee: number;
  readonly hip: number;
  readonly faults: Record<
    string,
    { p: number | null; r: number | null; tp: number; fp: number; fn: number; na: number }
  >;
  readonly sets: number;
}

function group(rs: readonly Run[]): Group {
  const ok = rs.filter((r) => r.score !== null).map((r) => r.score!);
  const faults: Group['faults'] = {};
  for (const id of SCORED_FAULTS) {
    const c = { tp: 0, fp: 0, fn: 0, na: 0 };
    for (const s of ok) {
      c.tp += s.faults[id].tp;
      c.fp += s.faults[id].fp;
      c.fn += s.faults[id].fn;
      c.na += s.faults[id].notAssessedPositives;
    }
    faults[id] = {
      ...c,
      p: c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null,
      r: c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : null,
    };
  }
  return {
    knee: mean(ok.flatMap((s) => s.kneeAbsErrDeg)),
    hip: mean(ok.flatMap((s) => s.hipFlexionAbsErrDeg)),
    faults,
    sets: rs.length,
  };
}

const models = [...new Set(runs.map((r) => r.model))];
const yaws = [...new Set(runs.map((r) => r.yawDeg))].sort((a, b) => a - b);
const rows: { model: string; yaw: string; g: Group }[] = [];
for (const model of models) {
  for (const yaw of yaws) {
    const rs = runs.filter((r) => r.model === model && r.yawDeg === yaw);
    if (rs.length) rows.push({ model, yaw: String(yaw), g: group(rs) });
  }
  rows.push({ model, yaw: 'all', g: group(runs.filter((r) => r.model === model)) });
}

if (json) {
  console.log(JSON.stringify(rows.map((r) => ({ model: r.model, yaw: r.yaw, ...r.g }))));
} else {
  const short: Record<string, string> = {
    pelvic_tuck: 'tuck',
    too_deep: 'deep',
    knee_lockout: 'lock',
    fast_eccentric: 'fast',
    bounce: 'bnce',
    heel_lift: 'heel',
    head_lift: 'head',
    knee_valgus: 'valg',
  };
  console.log(
    'model              yaw sets knee  hip  | ' +
      SCORED_FAULTS.map((id) => `${short[id]} P/R  (tp/fp/fn/na)`.padEnd(24)).join(''),
  );
  for (const { model, yaw, g } of rows) {
    const cells = SCORED_FAULTS.map((id) => {
      const c = g.faults[id]!;
      return `${f2(c.p)}/${f2(c.r)} (${c.tp}/${c.fp}/${c.fn}/${c.na})`.padEnd(24);
    });
    console.log(
      `${model.padEnd(18)} ${yaw.padStart(3)} ${String(g.sets).padStart(4)} ${f2(g.knee)} ${f2(g.hip)} | ${cells.join('')}`,
    );
  }
  if (argv.includes('--na')) {
    for (const r of runs)
      for (const n of r.notAssessable) console.log(`NA ${r.caseId} ${r.model} ${n.id}: ${n.reason}`);
  }
  for (const d of diagRows) console.log(d);
  const cpu = process.cpuUsage(cpu0);
  console.log(`\n${runs.length} runs; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
}
