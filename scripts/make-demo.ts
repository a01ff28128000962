/**
 * Precomputes the web app's demo keypoint track with the real pose model (the Node pipeline):
 *   npx tsx scripts/make-demo.ts [clip.mp4]     (default: fixtures/render/faulty.mp4)
 * Writes fixtures/demo/web-demo-track.json (the default model, BlazePose full, at the clip's full frame rate so
 * the skeleton overlay follows every frame); the web build copies the clip beside it as demo/demo.<ext>.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const clip = path.resolve(process.argv[2] ?? path.join(repo, 'fixtures/render/faulty.mp4'));
const out = path.join(repo, 'fixtures/demo/web-demo-track.json');

if (!existsSync(clip)) {
  console.error(`make-demo: clip ${clip} not found (render it first, or pass a path).`);
  process.exit(2);
}
if (!existsSync(path.join(repo, 'dist/cli/main.js'))) {
  execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
}
mkdirSync(path.dirname(out), { recursive: true });
// The CLI exits 0 (clean) or 1 (--fail-on-alert not set, so 0) after writing the track; any other code is an error.
execFileSync(
  process.execPath,
  [path.join(repo, 'bin/spotter.js'), 'analyze', clip, '--save-track', out, '--fps', '30', '--quiet'],
  { cwd: repo, stdio: 'inherit' },
);
console.log(`make-demo: wrote ${path.relative(repo, out)} from ${path.relative(repo, clip)}`);
