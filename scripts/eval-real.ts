/**
 * Real-footage accuracy: runs what `spotter analyze <video>` runs (analyzeVideoFile) on each hand-labelled clip of
 * ../shared/realset (evaluation only: read in place, never copied), caches its keypoint track, re-runs the
 * engine in process on every cached track, and scores reps, bottoms and fault calls against the labels.
 *
 *   npm run eval:real [-- --json] [--models a,b] [--clips substr,substr] [--fps N] [--reanalyse]
 *                     [--cached-only] [--details]
 *
 * Models: by default the CLI's default model; `--models` lists others. Tracks are cached under
 * .cache/real/<clip>/<model>-<fps>fps.track.json, so engine changes are scored without re-running a pose model;
 * `--reanalyse` re-runs the models (after pose or video-adapter changes). The folder is found at
 * ../shared/realset or $SPOTTER_REALSET; where it is absent the script says so and exits 0.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_ANALYSIS_MAX_FPS } from '../src/adapters/node/video/analysis-size.js';
import {
  analyzeVideoToTrackFile,
  defaultPoseWorkers,
  describeVideoFailure,
} from '../src/adapters/node/video/analyze-video-file.js';
import { analyzeTrackDetailed } from '../src/engine/index.js';
import { parseKeypointTrackJson } from '../src/formats/keypoint-track/index.js';
import { DEFAULT_POSE_MODEL, isPoseModelName } from '../src/pose/create-pose-estimator.js';
import { parseRealsetLabels } from '../src/realset/labels.js';
import { scoreRealClip, type RealClipScore } from '../src/realset/score-real-clip.js';
import {
  realClipTable,
  realFaultTable,
  realSummaryTable,
  summarizeReal,
} from '../src/realset/summarize-real.js';

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const log = (s: string): void => void process.stderr.write(`${s}\n`);

const root = process.env.SPOTTER_REALSET ?? path.resolve('..', 'shared', 'realset');
const labelsPath = path.join(root, 'labels.json');
if (!existsSync(labelsPath)) {
  log(
    `eval:real: no real-footage set at ${root} (labels.json missing); set SPOTTER_REALSET to its folder. Skipped.`,
  );
  process.exit(0);
}
const models = (option('models') ?? DEFAULT_POSE_MODEL).split(',');
const fps = Number(option('fps') ?? DEFAULT_ANALYSIS_MAX_FPS);
const clipFilter = option('clips')?.split(',');
let labels = parseRealsetLabels(readFileSync(labelsPath, 'utf8'));
if (clipFilter !== undefined) labels = labels.filter((l) => clipFilter.some((c) => l.name.includes(c)));

const CACHE = '.cache/real';
const trackPath = (clip: string, model: string): string =>
  path.join(CACHE, clip, `${model}-${fps}fps.track.json`);
const reportPath = (clip: string, model: string): string =>
  path.join(CACHE, clip, `${model}-${fps}fps.report.json`);

/** The CLI's video pipeline (analyzeVideoFile, in process, so the current source is measured) saves the track. */
async function analyseClip(
  video: string,
  clip: string,
  model: string,
): Promise<{ ok: boolean; ms: number; stderr: string }> {
  mkdirSync(path.join(CACHE, clip), { recursive: true });
  const t0 = Date.now();
  if (!isPoseModelName(model)) return { ok: false, ms: 0, stderr: `unknown model ${model}` };
  try {
    await analyzeVideoToTrackFile(
      { file: video, model, maxFps: fps, workers: defaultPoseWorkers() },
      trackPath(clip, model),
    );
    return { ok: true, ms: Date.now() - t0, stderr: '' };
  } catch (error) {
    return { ok: false, ms: Date.now() - t0, stderr: describeVideoFailure(error) };
  }
}

const t0 = Date.now();
const scores: RealClipScore[] = [];
const failures: string[] = [];
for (const label of labels) {
  const video = path.join(root, 'clips', `${label.name}.mp4`);
  for (const model of models) {
    const track = trackPath(label.name, model);
    if ((flag('reanalyse') || !existsSync(track)) && !flag('cached-only')) {
      if (!existsSync(video)) {
        failures.push(`${label.name}: clip file missing at ${video}`);
        continue;
      }
      const run = await analyseClip(video, label.name, model);
      log(`analysed ${label.name} with ${model} in ${(run.ms / 1000).toFixed(1)} s`);
      if (!run.ok) {
        failures.push(`${label.name} ${model}: ${run.stderr.trim().split('\n').slice(-2).join(' ')}`);
        continue;
      }
    }
    if (!existsSync(track)) continue;
    try {
      const { report } = analyzeTrackDetailed(parseKeypointTrackJson(readFileSync(track, 'utf8')));
      // The cached report is the one scored, from the current engine: a report the CLI wrote with an older
      // engine would otherwise sit beside the track showing judgements Spotter no longer makes.
      writeFileSync(reportPath(label.name, model), `${JSON.stringify(report)}\n`);
      scores.push(scoreRealClip(label, report, model));
      if (flag('details')) {
        log(`\n${label.name} ${model}: ${report.verdict.headline}`);
        for (const r of report.reps)
          log(
            `  rep ${r.index} ${r.startS.toFixed(1)}-${r.bottomS.toFixed(1)}-${r.endS.toFixed(1)} s knee ${r.kneeMinDeg.toFixed(0)} hip ${r.hipFlexionMaxDeg.toFixed(0)} ${r.faults.map((f) => `${f.id}:${f.severity}:${f.measure.value.toFixed(2)}`).join(' ')}`,
          );
        for (const m of report.ignoredMovements)
          log(`  ignored ${m.startS.toFixed(1)}-${m.endS.toFixed(1)}: ${m.reason}`);
        for (const n of report.notAssessable) log(`  na ${n.id}: ${n.reason}`);
      }
    } catch (err) {
      failures.push(`${label.name} ${model}: engine: ${(err as Error).message}`);
    }
  }
}

const summaries = summarizeReal(scores);
if (flag('json')) {
  console.log(JSON.stringify({ summaries, clips: scores }));
} else {
  console.log(`Real clips (${labels.length}) at ${fps} fps\n`);
  console.log(realClipTable(scores));
  console.log('\nGoals per model\n');
  console.log(realSummaryTable(summaries));
  console.log('\nFault calls per model (labels of medium or better confidence)\n');
  console.log(realFaultTable(summaries));
  console.log(`\n${scores.length} runs scored in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
for (const f of failures) log(`failed: ${f}`);
