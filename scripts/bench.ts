/**
 * Engine throughput: one hour of simulated 30 fps leg press video (108,000 frames of BlazePose keypoints
 * with moderate noise) through analyzeTrack, several runs, median. Goal: the hour in under a second.
 *
 * The engine works on the columnar in-memory track (src/engine/core/columnar-track.ts). The simulator makes pose
 * objects (the public track form); they are read into columns once, as a loader does, timed and printed apart,
 * and then let go, so the timed runs hold only the columns. Analysing the pose objects directly (the engine
 * reads the points it uses into columns itself) is timed too and printed for comparison, and so is analysing the
 * columns while the pose objects are still held: that shows what the pose-object input costs is the garbage
 * collector marking the caller's millions of keypoint objects (a major GC that the analysis's typed arrays set off),
 * not the reading into columns.
 *
 *   npm run bench
 */
import { analyzeTrack, toColumnarTrack, type ColumnarTrack } from '../src/engine/index.js';
import { buildScenario, simulateSet } from '../src/sim/index.js';

const FPS = 30;
const HOUR_S = 3600;
const RUNS = 5;
const OBJECT_RUNS = 3;

interface Cost {
  readonly wallS: number;
  readonly cpuS: number;
}

/** Wall clock and this process's CPU time: on a shared, busy machine the CPU time is the steadier figure. */
function timed<T>(run: () => T): { value: T; cost: Cost } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = run();
  const c = process.cpuUsage(c0);
  return { value, cost: { wallS: (performance.now() - t0) / 1000, cpuS: (c.user + c.system) / 1e6 } };
}

const medianOf = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The simulated hour as columns, with what was measured on its pose objects before they were let go. */
function simulateHour(frameCount: number): {
  columns: ColumnarTrack;
  simS: number;
  load: Cost;
  objectRuns: Cost[];
  heldRuns: Cost[];
  trueReps: number;
} {
  // A controlled rep with its pauses takes ~4 s; simulate enough reps to fill the hour, then cut to it.
  const params = buildScenario('pelvic_tuck', {
    seed: 42,
    repCount: Math.ceil(HOUR_S / 3.5),
    fps: FPS,
    noise: 'moderate',
    velocityLossFraction: 0,
  });
  const sim = timed(() => simulateSet(params));
  const track = { ...sim.value.track, frames: sim.value.track.frames.slice(0, frameCount) };
  if (track.frames.length < frameCount) throw new Error(`simulated only ${track.frames.length} frames`);
  const lastS = track.frames[track.frames.length - 1]!.tS;
  const trueReps = sim.value.truth.reps.filter((r) => r.endS <= lastS).length;
  const objectRuns: Cost[] = [];
  for (let run = 0; run < OBJECT_RUNS; run++) objectRuns.push(timed(() => analyzeTrack(track)).cost);
  const load = timed(() => toColumnarTrack(track));
  const heldRuns: Cost[] = [];
  for (let run = 0; run < OBJECT_RUNS; run++) heldRuns.push(timed(() => analyzeTrack(load.value)).cost);
  if (track.frames.length !== frameCount) throw new Error('the pose objects were let go too early'); // held until here
  return { columns: load.value, simS: sim.cost.wallS, load: load.cost, objectRuns, heldRuns, trueReps };
}

function main(): void {
  const frameCount = HOUR_S * FPS;
  const { columns, simS, load, objectRuns, heldRuns, trueReps } = simulateHour(frameCount);

  const runs: Cost[] = [];
  let reps = 0;
  for (let run = 0; run < RUNS; run++) {
    const { value, cost } = timed(() => analyzeTrack(columns));
    runs.push(cost);
    reps = value.reps.length;
  }
  const median = medianOf(runs.map((r) => r.wallS));
  const cpuMedian = medianOf(runs.map((r) => r.cpuS));
  console.log(
    `track: ${frameCount} frames (${HOUR_S / 60} min at ${FPS} fps, ${columns.landmarkSet}), simulated in ${simS.toFixed(1)} s`,
  );
  console.log(
    `read into columns once (all ${columns.points.length} points, as at load): ${load.wallS.toFixed(3)} s wall, ${load.cpuS.toFixed(3)} s CPU`,
  );
  const rate = (s: number): string => `${Math.round(frameCount / s).toLocaleString('en-US')} frames/s`;
  console.log(`runs, wall (s): ${runs.map((r) => r.wallS.toFixed(3)).join(', ')}`);
  console.log(`runs, CPU (s):  ${runs.map((r) => r.cpuS.toFixed(3)).join(', ')}`);
  console.log(`median wall: ${median.toFixed(3)} s per hour of video = ${rate(median)}`);
  console.log(`median CPU:  ${cpuMedian.toFixed(3)} s per hour of video = ${rate(cpuMedian)}`);
  console.log(
    `from the pose objects (${OBJECT_RUNS} runs): median wall ${medianOf(objectRuns.map((r) => r.wallS)).toFixed(3)} s, ` +
      `CPU ${medianOf(objectRuns.map((r) => r.cpuS)).toFixed(3)} s per hour`,
  );
  console.log(
    `from the columns with the pose objects still held (${OBJECT_RUNS} runs): median wall ${medianOf(heldRuns.map((r) => r.wallS)).toFixed(3)} s, ` +
      `CPU ${medianOf(heldRuns.map((r) => r.cpuS)).toFixed(3)} s per hour`,
  );
  console.log(`reps found: ${reps} (truly ${trueReps} complete reps in the hour)`);
  console.log(
    `goal < 1 s for the hour: ${median < 1 ? 'met' : cpuMedian < 1 ? 'met in CPU time (wall clock slowed by a busy machine)' : 'NOT met'}`,
  );
}

main();
