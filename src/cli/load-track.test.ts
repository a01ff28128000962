import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HEAP_BASE_BYTES,
  HEAP_BYTES_PER_TRACK_BYTE,
  MAX_TEXT_BYTES,
  trackByteLimit,
  trackTooLargeMessage,
} from '../adapters/node/track-memory-limit.js';

/** A valid track of about `mb` megabytes: the demo track's frames repeated with advancing times. */
function bigTrack(mb: number): string {
  const demo = JSON.parse(readFileSync('fixtures/demo/demo-track.json', 'utf8')) as {
    frames: { tS: number }[];
  };
  const period = demo.frames.at(-1)!.tS + 1 / 30;
  const frames: string[] = [];
  let size = 0;
  for (let k = 0; size < mb * 1e6; k++) {
    for (const f of demo.frames) {
      const s = JSON.stringify({ ...f, tS: Number((f.tS + k * period).toFixed(4)) });
      frames.push(s);
      size += s.length + 2;
    }
  }
  return JSON.stringify({ ...demo, frames: [] }).replace('"frames":[]', `"frames":[${frames.join(',\n')}]`);
}

describe('keypoint track size limit from memory', () => {
  it('allows a track the heap can hold, never more than V8 can read as a string', () => {
    expect(trackByteLimit(4e9)).toBe(Math.floor((4e9 - HEAP_BASE_BYTES) / HEAP_BYTES_PER_TRACK_BYTE));
    expect(trackByteLimit(HEAP_BASE_BYTES / 2)).toBe(0);
    expect(trackByteLimit(64e9)).toBe(MAX_TEXT_BYTES);
  });

  it('says how large, how much fits, and the two ways out', () => {
    const text = trackTooLargeMessage('t.json', 450e6, 4e9);
    expect(text).toMatch(/t\.json is 450 MB, more than this process can analyse \(up to 246 MB/);
    expect(text).toMatch(/split the recording/);
    expect(text).toMatch(/--max-old-space-size=6931/);
  });

  it('refuses a track too large for the process memory with one sentence and exit 3, not a crash', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spotter-big-'));
    const file = path.join(dir, 'big.json');
    writeFileSync(file, bigTrack(12));
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=128', '--import', 'tsx', 'src/cli/main.ts', 'analyze', '--keypoints', file],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/more than this process can analyse/);
    expect(r.stderr).not.toMatch(/heap out of memory|FATAL/);
  }, 60_000);

  it('analyses a track just under the limit in the same memory (the limit is not too generous)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spotter-big-'));
    const file = path.join(dir, 'fits.json');
    // 128 MiB of heap allows ~7.5 MB: a 7 MB track must run to the end.
    writeFileSync(file, bigTrack(7));
    const r = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=128',
        '--import',
        'tsx',
        'src/cli/main.ts',
        'analyze',
        '--keypoints',
        file,
        '-q',
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).not.toMatch(/heap out of memory|FATAL|more than this process/);
    expect(r.status).toBe(0);
  }, 60_000);
});
