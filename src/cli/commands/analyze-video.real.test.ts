/**
 * The real model on real video: the project's rendered leg press clip (fixtures/render/, made by the project,
 * MIT). Skipped while the clip is not there. MoveNet Lightning at 15 fps keeps it to a few seconds of inference.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../command.js';
import { runCli } from '../run-cli.js';

const clip = fileURLToPath(new URL('../../../fixtures/render/faulty.mp4', import.meta.url));
const truthFile = clip.replace(/\.mp4$/, '.truth.json');
const dir = mkdtempSync(path.join(tmpdir(), 'spotter-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(clip))('real model on the rendered clip', () => {
  it('finds the lifter and the reps', { timeout: 240_000 }, async () => {
    const json = path.join(dir, 'report.json');
    let stderr = '';
    const code = await runCli(
      ['analyze', clip, '--model', 'movenet-lightning', '--fps', '15', '--json', json, '--quiet'],
      { stdout: () => undefined, stderr: (s) => (stderr += s), isTTY: false, cwd: dir },
    );
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.track.personFraction).toBeGreaterThan(0.9);
    expect(report.view.view).toBe('side');
    if (existsSync(truthFile)) {
      const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as { reps?: unknown[] };
      if (Array.isArray(truth.reps))
        expect(Math.abs(report.reps.length - truth.reps.length)).toBeLessThanOrEqual(1);
    } else expect(report.reps.length).toBeGreaterThanOrEqual(4);
  });
});
