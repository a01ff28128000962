/**
 * Writes fixtures/demo/demo-track.json: a simulated 6-rep leg press set (BlazePose 33, 25 fps, moderate
 * pose noise) with visible faults: rep 3 lowered too fast, reps 5-6 with the pelvis rolling off the pad.
 * Coordinates are rounded to whole pixels (well inside the noise) to keep the file under 300 KB.
 *
 *   npx tsx scripts/make-demo-track.ts [out.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ENGINE_DEFAULTS, type KeypointTrack } from '../src/engine/index.js';
import { serializeKeypointTrack } from '../src/formats/keypoint-track/index.js';
import { buildScenario, cleanRep, simulateSet, withFault } from '../src/sim/index.js';

const OUT = process.argv[2] ?? 'fixtures/demo/demo-track.json';
const SEED = 2026;

const base = buildScenario('clean', {
  seed: SEED,
  repCount: 6,
  landmarkSet: 'blazepose33',
  fps: 25,
  noise: 'moderate',
  setupAndRerack: false,
  camera: { imageWidthPx: 1280, imageHeightPx: 720, hfovDeg: 65, fill: 0.7, facing: 'right' },
});
const ctx = { config: ENGINE_DEFAULTS, body: base.body, machine: base.machine };
const clean = cleanRep();
const faults: Readonly<Record<number, 'fast_eccentric' | 'pelvic_tuck'>> = {
  3: 'fast_eccentric',
  5: 'pelvic_tuck',
  6: 'pelvic_tuck',
};
const params = {
  ...base,
  reps: base.reps.map((rep, i) => {
    const fault = faults[i + 1];
    return fault ? withFault(clean, fault, ctx) : rep;
  }),
};
const sim = simulateSet(params);

const round = (v: number, digits: number): number => Number(v.toFixed(digits));
const track: KeypointTrack = {
  ...sim.track,
  source: { kind: 'simulator', model: `spotter-sim seed ${SEED}`, file: 'scripts/make-demo-track.ts' },
  frames: sim.track.frames.map((frame) => ({
    tS: round(frame.tS, 3),
    keypoints: frame.keypoints.map((p) =>
      p === null ? null : { x: Math.round(p.x), y: Math.round(p.y), score: round(p.score, 2) },
    ),
  })),
};
const text = serializeKeypointTrack(track);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
console.log(`wrote ${OUT}: ${track.frames.length} frames, ${(text.length / 1024).toFixed(0)} KB`);
for (const rep of sim.truth.reps) {
  console.log(
    `  rep ${rep.index}: ${rep.startS.toFixed(1)}-${rep.endS.toFixed(1)} s, truly ${rep.faults.join(', ') || 'clean'}`,
  );
}
console.log(`  set: ${sim.truth.setFaults.join(', ') || 'no set-level faults'}`);
