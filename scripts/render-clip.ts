/**
 * Renders a fixture clip: `tsx scripts/render-clip.ts <clean|faulty> [--out dir] [--y4m]`.
 * Writes <name>.mp4 and <name>.truth.json, and with --y4m a 320x180 8 s camera feed in .cache/render/
 * (not committed: see fixtures/render/README.md).
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { toY4m } from '../src/render/node/encode-video.js';
import { renderClip } from '../src/render/node/render-clip.js';
import { fixtureParams, type FixtureName } from '../src/render/presets.js';

const args = process.argv.slice(2);
const name = (args[0] ?? 'clean') as FixtureName;
if (name !== 'clean' && name !== 'faulty') {
  console.error('usage: tsx scripts/render-clip.ts <clean|faulty> [--out dir] [--y4m]');
  process.exit(2);
}
const outIdx = args.indexOf('--out');
const outDir = outIdx >= 0 ? args[outIdx + 1]! : 'fixtures/render';
mkdirSync(outDir, { recursive: true });
const videoPath = path.join(outDir, `${name}.mp4`);
const params = fixtureParams(name);
let last = 0;
const clip = await renderClip(params, {
  videoPath,
  onProgress: (done, total) => {
    if (done - last >= 60 || done === total) {
      last = done;
      process.stderr.write(`${name}: ${done}/${total} frames\n`);
    }
  },
});
console.log(
  `${clip.videoPath}: ${clip.frameCount} frames in ${(clip.renderMs / 1000).toFixed(1)} s ` +
    `(${(clip.renderMs / clip.frameCount).toFixed(0)} ms/frame), ${(statSync(clip.videoPath).size / 1024).toFixed(0)} KiB; ` +
    `reps ${clip.truth.reps.map((r) => `${r.index}[${r.faults.join(',')}]`).join(' ')}`,
);
if (args.includes('--y4m')) {
  mkdirSync('.cache/render', { recursive: true });
  const y4m = path.join('.cache/render', `${name}.y4m`);
  await toY4m(videoPath, y4m, 320, 180, 8, 15);
  console.log(`${y4m}: ${(statSync(y4m).size / 1024 / 1024).toFixed(1)} MiB`);
}
