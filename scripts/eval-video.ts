/**
 * Video pipeline accuracy: renders the suite (cached under .cache/render/suite), runs what
 * `spotter analyze <video>` runs (analyzeVideoFile) per case and pose model (its keypoint track is cached), re-runs the engine in
 * process on every cached track, and scores reps, angles and faults against the rendered ground truth.
 *
 *   npm run eval:video [-- --quick] [--json] [--models a,b] [--yaws a,b] [--limit N] [--workers N] [--jobs N]
 *                      [--fps N] [--render-only] [--cached-only] [--no-oracle] [--reanalyse]
 *
 * Models: by default the CLI's default model (BlazePose full) on every case and MoveNet Thunder on the
 * side-view (yaw 0) cases (`defaultModelsFor` in src/render/suite.ts); `--quick` runs MoveNet Lightning on
 * the CI subset; `--models a,b` runs the listed models on every case.
 *
 * Caching: clips are keyed by their parameters (and RIG_VERSION); pose tracks by clip, model and analysis
 * frame rate (`--fps`, default the CLI's DEFAULT_ANALYSIS_MAX_FPS). The engine always runs on the cached
 * tracks, so engine changes are scored without re-running a pose model; `--reanalyse` re-runs the pose
 * models (after pose-model or video-adapter changes). `--cached-only` renders and analyses nothing and
 * scores what is cached. `--jobs` (default 2) renders clips, and runs analyses, that many at a time;
 * `--workers` (default 1) is the pose workers per analysis.
 *
 * The JSON summary covers the pose-model runs; the table adds `truth-2d` rows (the engine on the projected
 * true joints) to separate pose-model error from the engine's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_ANALYSIS_MAX_FPS } from '../src/adapters/node/video/analysis-size.js';
import { analyzeTrackDetailed } from '../src/engine/index.js';
import { DEFAULT_POSE_MODEL } from '../src/pose/create-pose-estimator.js';
import { parseKeypointTrackJson } from '../src/formats/keypoint-track/index.js';
import { openRenderBrowser } from '../src/render/node/browser.js';
import { casePaths, ensureAnalyzed, ensureRendered, readTruth } from '../src/render/node/suite-cache.js';
import { scoreClip } from '../src/render/eval/score-clip.js';
import { truthToTrack } from '../src/render/eval/truth-track.js';
import { faultCountTable, summarize, summaryTable, type ScoredRun } from '../src/render/eval/summarize.js';
import { buildSuite, defaultModelsFor, quickSuite, type SuiteCase } from '../src/render/suite.js';

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('quick');
const json = flag('json');
const cachedOnly = flag('cached-only');
const modelsOption = option('models') ?? (quick ? 'movenet-lightning' : undefined);
const modelsFor = (c: SuiteCase): string[] =>
  modelsOption !== undefined ? modelsOption.split(',') : defaultModelsFor(c, DEFAULT_POSE_MODEL);
const workers = Number(option('workers') ?? 1);
const jobs = Math.max(1, Number(option('jobs') ?? 2));
const fps = Number(option('fps') ?? DEFAULT_ANALYSIS_MAX_FPS);
const all = buildSuite();
let cases = quick ? quickSuite(all) : all;
const yaws = option('yaws');
if (yaws !== undefined) cases = cases.filter((c) => yaws.split(',').map(Number).includes(c.yawDeg));
const limit = option('limit');
if (limit !== undefined) cases = cases.slice(0, Number(limit));
const log = (s: string): void => void process.stderr.write(`${s}\n`);
const isRendered = (c: SuiteCase): boolean =>
  existsSync(casePaths(c).video) && existsSync(casePaths(c).truth);
if (cachedOnly) cases = cases.filter(isRendered);

/** Runs `task` over `items`, `n` at a time (each runner takes the next item when it is free). */
async function pool<T>(items: readonly T[], n: number, task: (item: T, runner: number) => Promise<void>) {
  let next = 0;
  const runner = async (r: number): Promise<void> => {
    while (next < items.length) await task(items[next++]!, r);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, (_, r) => runner(r)));
}

const t0 = Date.now();
let renderMs = 0;
let rendered = 0;
// Rendering: one headless browser per job, each taking the next clip to render.
const toRender = cases.filter((c) => !isRendered(c));
const browsers = await Promise.all(
  Array.from({ length: Math.min(jobs, toRender.length) }, () => openRenderBrowser()),
);
try {
  await pool(toRender, browsers.length, async (c, r) => {
    const ms = await ensureRendered(c, browsers[r]!);
    rendered++;
    renderMs += ms;
    log(`rendered ${rendered}/${toRender.length} ${c.id} in ${(ms / 1000).toFixed(1)} s`);
  });
} finally {
  await Promise.all(browsers.map((b) => b.close()));
}
const renderWallMs = Date.now() - t0;
if (flag('render-only')) {
  log(`${rendered} clips rendered in ${(renderWallMs / 1000).toFixed(0)} s wall (${jobs} jobs)`);
  process.exit(0);
}

// Pose models: the real CLI per case and model, unless its track at this frame rate is cached.
const pairs = cases.flatMap((c) => modelsFor(c).map((model) => ({ c, model })));
let analyzeMs = 0;
let analysed = 0;
const failed = new Set<string>();
if (!cachedOnly) {
  await pool(pairs, jobs, async ({ c, model }) => {
    const outcome = await ensureAnalyzed(c, model, fps, workers, undefined, flag('reanalyse'));
    if (outcome.ms === 0) return;
    analysed++;
    analyzeMs += outcome.ms;
    log(`analysed ${analysed} ${c.id} ${model} in ${(outcome.ms / 1000).toFixed(1)} s`);
    if (!outcome.ok) {
      failed.add(`${c.id}/${model}`);
      const tail = outcome.stderr.trim().split('\n').slice(-2).join(' ');
      log(`  analysis failed (exit ${outcome.exitCode}): ${tail}`);
    }
  });
}

// The engine, in process, on every cached track: engine changes are scored without the pose models.
const runs: ScoredRun[] = [];
for (const { c, model } of pairs) {
  const trackPath = casePaths(c).track(model, fps);
  if (!existsSync(trackPath)) {
    if (!cachedOnly || failed.has(`${c.id}/${model}`))
      runs.push({ caseId: c.id, yawDeg: c.yawDeg, model, score: null });
    continue;
  }
  const track = parseKeypointTrackJson(readFileSync(trackPath, 'utf8'));
  let detailed;
  try {
    detailed = analyzeTrackDetailed(track);
  } catch (err) {
    log(`  engine failed on ${c.id} ${model}: ${(err as Error).message}`);
    detailed = undefined;
  }
  runs.push({
    caseId: c.id,
    yawDeg: c.yawDeg,
    model,
    score: detailed ? scoreClip(readTruth(c), detailed.report, detailed.kinematics, track) : null,
  });
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
  console.log(`\nFault calls per model and yaw (tp/fp/fn; na: true faults called not assessable):\n`);
  console.log(faultCountTable(runs));
  console.log(
    `\n${cases.length} sets, ${runs.filter((r) => r.model !== 'truth-2d').length} pose runs at ${fps} fps; ` +
      `rendered ${rendered} (${(renderMs / 1000).toFixed(0)} s summed over clips, ${(renderWallMs / 1000).toFixed(0)} s wall), ` +
      `analysed ${analysed} (${(analyzeMs / 1000).toFixed(0)} s), total ${((Date.now() - t0) / 1000).toFixed(0)} s; ` +
      `failed runs ${summary.failedRuns}`,
  );
  console.log(JSON.stringify(summary.faults));
}
