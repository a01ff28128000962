import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { KeypointTrack } from '../../../engine/index.js';
import { serializeKeypointTrack } from '../../../formats/keypoint-track/index.js';
import { writeTrackFile } from './write-track-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spotter-track-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meta: Omit<KeypointTrack, 'frames'> = {
  landmarkSet: 'movenet17',
  imageWidthPx: 640,
  imageHeightPx: 360,
  source: { kind: 'video', model: 'movenet-thunder', file: 'set.mp4' },
};
const frame = (i: number) => ({
  tS: i / 30,
  keypoints: Array.from({ length: 17 }, (_, k) => (k % 5 === 0 ? null : { x: i + k / 7, y: k, score: 0.5 })),
});

describe('streamed track file', () => {
  it.each([0, 1, 4500])(
    'writes exactly what serializeKeypointTrack writes (%i frames), only on commit',
    async (n) => {
      const target = path.join(dir, `track-${n}.json`);
      const pending = await writeTrackFile(target, meta, n, frame);
      expect(readdirSync(dir)).not.toContain(`track-${n}.json`);
      await pending.commit();
      const frames = Array.from({ length: n }, (_, i) => frame(i));
      expect(readFileSync(target, 'utf8')).toBe(serializeKeypointTrack({ ...meta, frames }));
    },
  );

  it('leaves nothing behind when discarded', async () => {
    const pending = await writeTrackFile(path.join(dir, 'gone.json'), meta, 10, frame);
    await pending.discard();
    expect(readdirSync(dir).filter((f) => f.includes('gone'))).toEqual([]);
  });
});
