/**
 * Engine throughput: one hour of simulated 30 fps leg press video (108,000 frames of BlazePose keypoints
 * with moderate noise) through analyzeTrack, several runs, median. Goal: the hour in under a second.
 *
 *   npm run bench
 */
import { analyzeTrack } from '../src/engine/analyze.js';
import { buildScenario, simulateSet } from '../src/sim/index.js';

const FPS = 30;
const HOUR_S = 3600;
const RUNS = 5;

function main(): void {
  const frameCount = HOUR_S * FPS;
  // A controlled rep with its pauses takes ~4 s; simulate enough reps to fill the hour, then cut to it.
  const params = buildScenario('pelvic_tuck', {
    seed: 42,
    repCount: Math.ceil(HOUR_S / 3.5),
    fps: FPS,
    noise: 'moderate',
    velocityLossFraction: 0,
  });
  const tSim = performance.now();
  const sim = simulateSet(params);
  const track = { ...sim.track, frames: sim.track.frames.slice(0, frameCount) };
  const simS = (performance.now() - tSim) / 1000;
  if (track.frames.length < frameCount) throw new Error(`simulated only ${track.frames.length} frames`);

  // Wall clock and this process's CPU time: on a shared, busy machine the CPU time is the steadier figure.
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let reps = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const report = analyzeTrack(track);
    const c = process.cpuUsage(c0);
    times.push((performance.now() - t0) / 1000);
    cpuTimes.push((c.user + c.system) / 1e6);
    reps = report.reps.length;
  }
  const medianOf = (xs: readonly number[]): number =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const median = medianOf(times);
  const cpuMedian = medianOf(cpuTimes);
  console.log(
    `track: ${frameCount} frames (${HOUR_S / 60} min at ${FPS} fps, ${track.landmarkSet}), simulated in ${simS.toFixed(1)} s`,
  );
  const rate = (s: number): string => `${Math.round(frameCount / s).toLocaleString('en-US')} frames/s`;
  console.log(`runs, wall (s): ${times.map((t) => t.toFixed(3)).join(', ')}`);
  console.log(`runs, CPU (s):  ${cpuTimes.map((t) => t.toFixed(3)).join(', ')}`);
  console.log(`median wall: ${median.toFixed(3)} s per hour of video = ${rate(median)}`);
  console.log(`median CPU:  ${cpuMedian.toFixed(3)} s per hour of video = ${rate(cpuMedian)}`);
  const lastS = track.frames[track.frames.length - 1]!.tS;
  const trueReps = sim.truth.reps.filter((r) => r.endS <= lastS).length;
  console.log(`reps found: ${reps} (truly ${trueReps} complete reps in the hour)`);
  console.log(
    `goal < 1 s for the hour: ${median < 1 ? 'met' : cpuMedian < 1 ? 'met in CPU time (wall clock slowed by a busy machine)' : 'NOT met'}`,
  );
}

main();
