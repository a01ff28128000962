/**
 * The real model on real video: the project's rendered leg press clip (fixtures/render/, made by the project,
 * MIT). Skipped while the clip is not there. An excerpt, MoveNet Lightning, 15 fps: ~115 frames of inference.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createMediaDir } from '../../adapters/node/video/test-support/make-media.js';
import { EXIT } from '../command.js';
import { runCli } from '../run-cli.js';

const clip = fileURLToPath(new URL('../../../fixtures/render/faulty.mp4', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'spotter-real-'));
const media = createMediaDir();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  media.remove();
});

describe.skipIf(!existsSync(clip))('real model on the rendered clip', () => {
  it('finds the lifter, a side view and the two reps of the first 7.6 s', { timeout: 240_000 }, async () => {
    // Two complete reps (truth: they end at 3.44 and 6.64 s; the third ends at 8.65), cut locally.
    const excerpt = media.make('excerpt.mp4', ['-i', clip, '-t', '7.6', '-c', 'copy']);
    const json = path.join(dir, 'report.json');
    let stderr = '';
    const code = await runCli(
      ['analyze', excerpt, '--model', 'movenet-lightning', '--fps', '15', '--json', json, '--quiet'],
      { stdout: () => undefined, stderr: (s) => (stderr += s), isTTY: false, cwd: dir },
    );
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.track.personFraction).toBeGreaterThan(0.9);
    expect(report.view.view).toBe('side');
    expect(report.reps.length).toBeGreaterThanOrEqual(2);
    expect(report.reps.length).toBeLessThanOrEqual(3);
  });
});
