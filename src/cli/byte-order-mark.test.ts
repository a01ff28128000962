/** JSON inputs that start with a UTF-8 byte order mark (as some Windows editors write them) are read. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALM_ANSWERS } from '../coach/triage/test-answers.js';
import type { CliIo } from './command.js';
import { runCli } from './run-cli.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: false,
    cwd: process.cwd(),
  };
  return { code: await runCli(argv, io, { version: '0.0.0' }), out, err };
}

describe('a UTF-8 byte order mark at the start of a JSON input', () => {
  it('is accepted in triage answers and in a keypoint track', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spotter-bom-'));
    const answers = join(dir, 'answers.json');
    await writeFile(answers, `\uFEFF${JSON.stringify(CALM_ANSWERS)}`);
    const triage = await run('triage', '--answers', answers);
    expect(triage.err).toBe('');
    expect(triage.code).toBe(0);

    const track = join(dir, 'track.json');
    await writeFile(track, `\uFEFF${await readFile('fixtures/demo/demo-track.json', 'utf8')}`);
    const analysed = await run('analyze', '--keypoints', track, '--answers', answers);
    expect(analysed.err).toBe('');
    expect(analysed.code).toBe(0);
    expect(analysed.out).toMatch(/Verdict:/);
  });
});
