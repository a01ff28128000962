/**
 * Concurrent writers keep every set: 20 `spotter log add` processes started at once on one log (the lock in
 * src/adapters/node/file-lock.ts around the read-modify-write); a lock left by a dead process is taken over,
 * and a live one held too long gives a clear error.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLockTimeoutError, withFileLock } from '../../adapters/node/file-lock.js';
import { parseTrainingLogJson } from '../../formats/training-log/parse-training-log.js';

const WRITERS = 20;

function spotter(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: process.cwd(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the training log under concurrent writers', () => {
  it(`keeps ${WRITERS} of ${WRITERS} sets added by ${WRITERS} processes at once`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spotter-log-lock-'));
    const log = join(dir, 'log.json');
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        spotter(['log', 'add', '--load', String(100 + i), '--reps', '10', '--log', log, '--quiet']),
      ),
    );
    expect(results.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
    const kept = parseTrainingLogJson(await readFile(log, 'utf8'));
    expect(kept.sets).toHaveLength(WRITERS);
    expect(new Set(kept.sets.map((s) => s.loadKg)).size).toBe(WRITERS);
    expect(new Set(kept.sets.map((s) => s.id)).size).toBe(WRITERS);
  }, 120_000);

  it('takes over a lock left by a process that died, and times out on a live one with a clear error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spotter-log-stale-'));
    const file = join(dir, 'log.json');
    // A lock directory not refreshed for a minute: its holder is gone.
    await mkdir(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    await expect(withFileLock(file, async () => 'ran')).resolves.toBe('ran');

    // A live holder (this process) keeps the lock; a second waiter gives up after its timeout.
    let releaseHolder = () => undefined as void;
    const held = withFileLock(file, () => new Promise<void>((r) => (releaseHolder = r)));
    await new Promise((r) => setTimeout(r, 100));
    const waiter = withFileLock(file, async () => 'never', { timeoutMs: 500 });
    await expect(waiter).rejects.toBeInstanceOf(FileLockTimeoutError);
    await expect(waiter).rejects.toThrow(/being changed by another process: its lock .*log\.json\.lock/);
    releaseHolder();
    await held;
    await expect(withFileLock(file, async () => 'free again')).resolves.toBe('free again');
  });
});
