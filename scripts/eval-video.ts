/**
 * Video pipeline accuracy: renders the suite (cached under .cache/render/suite), runs the real
 * `spotter analyze <video>` on each clip per pose model (cached), and scores reps, angles and faults
 * against the rendered ground truth.
 *
 *   npm run eval:video [-- --quick] [--json] [--models blazepose-full,movenet-thunder] [--limit N]
 *                      [--workers N] [--render-only] [--cached-only] [--no-oracle] [--reanalyse]
 *
 * Renders are keyed by their parameters (and RIG_VERSION); analyses by clip and model only, so use
 * --reanalyse after engine, pose-model or CLI changes.
 *
 * The JSON summary covers the pose-model runs; the table adds `truth-2d` rows (the engine on the projected
 * true joints) to separate pose-model error from the engine's own.
 */
import { readFileSync } from 'node:fs';
import { analyzeTrackDetailed } from '../src/engine/analyze.js';
import type { AnalysisReport } from '../src/engine/report/types.js';
import { DEFAULT_POSE_MODEL } from '../src/pose/create-pose-estimator.js';
import { parseKeypointTrackJson } from '../src/formats/keypoint-track/index.js';
import { openRenderBrowser, type RenderBrowser } from '../src/render/node/browser.js';
import { casePaths, ensureAnalyzed, ensureRendered, readTruth } from '../src/render/node/suite-cache.js';
import { scoreClip } from '../src/render/eval/score-clip.js';
import { truthToTrack } from '../src/render/eval/truth-track.js';
import { summarize, summaryTable, type ScoredRun } from '../src/render/eval/summarize.js';
import { buildSuite, quickSuite } from '../src/render/suite.js';

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('quick');
const json = flag('json');
// Quick (CI) runs the fastest model; the full suite the CLI's default model and MoveNet Thunder.
const models = (
  option('models') ?? (quick ? 'movenet-lightning' : `${DEFAULT_POSE_MODEL},movenet-thunder`)
).split(',');
const workers = Number(option('workers') ?? 1);
const all = buildSuite();
let cases = quick ? quickSuite(all) : all;
const limit = option('limit');
if (limit !== undefined) cases = cases.slice(0, Number(limit));
const log = (s: string): void => void process.stderr.write(`${s}\n`);
// --cached-only: score only the clips already rendered (rendering the full grid takes hours on 2 cores).
if (flag('cached-only')) {
  const rendered = await Promise.all(cases.map((c) => exists(casePaths(c).video, casePaths(c).truth)));
  cases = cases.filter((_, i) => rendered[i]);
}

const t0 = Date.now();
let browser: RenderBrowser | undefined;
let renderMs = 0;
let rendered = 0;
try {
  for (const [i, c] of cases.entries()) {
    const p = casePaths(c);
    if (!browser && !(await exists(p.video, p.truth))) browser = await openRenderBrowser();
    if (browser) {
      const ms = await ensureRendered(c, browser);
      if (ms > 0) {
        rendered++;
        renderMs += ms;
        log(`rendered ${i + 1}/${cases.length} ${c.id} in ${(ms / 1000).toFixed(1)} s`);
      }
    }
  }
} finally {
  await browser?.close();
}
if (flag('render-only')) {
  log(`${rendered} clips rendered in ${(renderMs / 1000).toFixed(0)} s`);
  process.exit(0);
}

const runs: ScoredRun[] = [];
let analyzeMs = 0;
for (const model of models) {
  for (const [i, c] of cases.entries()) {
    const outcome = await ensureAnalyzed(c, model, workers, undefined, flag('reanalyse'));
    analyzeMs += outcome.ms;
    if (outcome.ms > 0)
      log(`analysed ${i + 1}/${cases.length} ${c.id} ${model} in ${(outcome.ms / 1000).toFixed(1)} s`);
    if (!outcome.ok) {
      log(
        `  analysis failed (exit ${outcome.exitCode}): ${outcome.stderr.trim().split('\n').slice(-2).join(' ')}`,
      );
      runs.push({ caseId: c.id, yawDeg: c.yawDeg, model, score: null });
      continue;
    }
    const p = casePaths(c);
    const report = JSON.parse(readFileSync(p.report(model), 'utf8')) as AnalysisReport;
    const track = parseKeypointTrackJson(readFileSync(p.track(model), 'utf8'));
    let kinematics;
    try {
      kinematics = analyzeTrackDetailed(track).kinematics;
    } catch {
      kinematics = undefined;
    }
    runs.push({
      caseId: c.id,
      yawDeg: c.yawDeg,
      model,
      score: scoreClip(readTruth(c), report, kinematics, track),
    });
  }
}

// Oracle rows: the engine on the projected true joints (no pose model), for every case.
if (!flag('no-oracle')) {
  for (const c of cases) {
    const truth = readTruth(c);
    const track = truthToTrack(truth);
    let detailed;
    try {
      detailed = analyzeTrackDetailed(track);
    } catch {
      detailed = undefined;
    }
    runs.push({
      caseId: c.id,
      yawDeg: c.yawDeg,
      model: 'truth-2d',
      score: detailed ? scoreClip(truth, detailed.report, detailed.kinematics, track) : null,
    });
  }
}

const summary = summarize(runs.filter((r) => r.model !== 'truth-2d'));
if (json) {
  const { repCountExact, angleMaeDeg, faults, notAssessableRate } = summary;
  console.log(JSON.stringify({ repCountExact, angleMaeDeg, faults, notAssessableRate }));
} else {
  console.log(summaryTable(runs));
  console.log(
    `\n${cases.length} sets x ${models.length} model(s); rendered ${rendered} in ${(renderMs / 1000).toFixed(0)} s, ` +
      `analysed in ${(analyzeMs / 1000).toFixed(0)} s, total ${((Date.now() - t0) / 1000).toFixed(0)} s; ` +
      `failed runs ${summary.failedRuns}`,
  );
  console.log(JSON.stringify(summary.faults));
}

async function exists(...files: string[]): Promise<boolean> {
  const { existsSync } = await import('node:fs');
  return files.every((f) => existsSync(f));
}
