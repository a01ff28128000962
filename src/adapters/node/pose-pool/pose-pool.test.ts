import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANDMARK_SETS } from '../../../engine/index.js';
import { locateFfmpeg } from '../video/locate-ffmpeg.js';
import { probeVideo } from '../video/probe-video.js';
import { createMediaDir, testPatternArgs, type MediaDir } from '../video/test-support/make-media.js';
import { planSegments } from './plan-segments.js';
import { estimateVideoPoses, stitchSegments } from './pose-pool.js';
import { packKeypoints, unpackKeypoints, type PoseSample } from './pose-sample.js';
import { samplesToTrack } from './samples-to-track.js';

const FAKE = new URL('./test-support/fake-estimator.ts', import.meta.url).href;
let media: MediaDir;
let clip: string;

beforeAll(() => {
  media = createMediaDir();
  clip = media.make('set.mp4', testPatternArgs({ size: '160x90', fps: 30, seconds: 9 }));
});
afterAll(() => media.remove());

describe('pose pool', () => {
  it('gives the same frames in the same order with two workers as with one', async () => {
    const ffmpeg = locateFfmpeg();
    const probe = await probeVideo(ffmpeg, clip);
    const run = (workers: number) =>
      estimateVideoPoses({
        ffmpeg,
        file: clip,
        probe,
        model: 'movenet-lightning',
        workers,
        maxFps: 0, // every frame of the 30 fps clip
        estimatorModuleUrl: FAKE,
      });
    const [one, two] = [await run(1), await run(2)];
    expect(two.segments).toHaveLength(2);
    expect(one.samples).toHaveLength(270);
    expect(two.samples.map((s) => s.tS)).toEqual(one.samples.map((s) => s.tS));
    expect(two.samples.map((s) => s.keypoints?.[0])).toEqual(one.samples.map((s) => s.keypoints?.[0]));
  });

  it("fails cleanly when a worker's model fails, stopping the other worker", async () => {
    const ffmpeg = locateFfmpeg();
    const probe = await probeVideo(ffmpeg, clip);
    process.env.SPOTTER_FAKE_POSE = 'fail';
    try {
      await expect(
        estimateVideoPoses({
          ffmpeg,
          file: clip,
          probe,
          model: 'movenet-lightning',
          workers: 2,
          estimatorModuleUrl: FAKE,
        }),
      ).rejects.toThrow('fake model failure');
    } finally {
      delete process.env.SPOTTER_FAKE_POSE;
    }
  });

  it('reports progress as frames arrive', async () => {
    const ffmpeg = locateFfmpeg();
    const probe = await probeVideo(ffmpeg, clip);
    const seen: [number, number][] = [];
    await estimateVideoPoses({
      ffmpeg,
      file: clip,
      probe,
      model: 'movenet-lightning',
      workers: 1,
      maxFps: 0, // every frame of the 30 fps clip
      estimatorModuleUrl: FAKE,
      onProgress: (frames, videoS) => seen.push([frames, videoS]),
    });
    expect(seen.at(-1)?.[0]).toBe(270);
    expect(seen.at(-1)?.[1]).toBeGreaterThan(8.9);
    expect(seen.every(([f], i) => i === 0 || f >= seen[i - 1]![0])).toBe(true);
  });
});

describe('segments', () => {
  it('keeps short clips whole and splits long ones into contiguous ranges', () => {
    expect(planSegments(6, 2)).toEqual([{ startS: 0, durationS: undefined }]);
    expect(planSegments(undefined, 2)).toHaveLength(1);
    const parts = planSegments(60, 2);
    expect(parts).toEqual([
      { startS: 0, durationS: 30 },
      { startS: 30, durationS: undefined },
    ]);
    // Starts on whole seconds (the frame grid of common frame rates), ranges still contiguous.
    const odd = planSegments(37.43, 2);
    expect(odd).toEqual([
      { startS: 0, durationS: 19 },
      { startS: 19, durationS: undefined },
    ]);
  });

  it('drops a frame repeated at a range boundary', () => {
    const s = (tS: number): PoseSample => ({ tS, keypoints: null, score: 0, lumaMean: 100 });
    expect(
      stitchSegments([
        [s(0), s(1)],
        [s(1), s(2)],
      ]).map((x) => x.tS),
    ).toEqual([0, 1, 2]);
  });
});

describe('track building', () => {
  it('keeps the depth of the hips and knees from a depth-aware model, and only theirs', () => {
    const set = LANDMARK_SETS.blazepose33;
    const kp = set.names.map((_, i) => ({ x: i, y: 2 * i, score: 0.5, zPx: -i }));
    const packed = packKeypoints(kp, set);
    expect(packed).toHaveLength(33 * 3 + 4);
    const back = unpackKeypoints(packed, set);
    const hip = set.sideIndex.left.hip!;
    const knee = set.sideIndex.right.knee!;
    expect(back[hip]).toEqual(kp[hip]);
    expect(back[knee]).toEqual(kp[knee]);
    expect(back[0]).toEqual({ x: 0, y: 0, score: 0.5 });
    const flat = kp.map(({ zPx: _, ...p }) => p);
    expect(packKeypoints(flat, set)).toHaveLength(33 * 3);
    expect(unpackKeypoints(packKeypoints(flat, set), set)).toEqual(flat);
  });

  it('round-trips keypoints and fills frames without a person with nulls', () => {
    const kp = [{ x: 10.5, y: 20.25, score: 0.9 }, ...Array.from({ length: 16 }, () => null)];
    const packed = packKeypoints(kp, LANDMARK_SETS.movenet17);
    expect(unpackKeypoints(packed, LANDMARK_SETS.movenet17)).toEqual(kp);
    const track = samplesToTrack(
      [
        { tS: 0, keypoints: null, score: 0, lumaMean: 90 },
        {
          tS: 0.1,
          keypoints: packKeypoints(Array.from({ length: 17 }, () => kp[0]!)),
          score: 1,
          lumaMean: 90,
        },
      ],
      { widthPx: 640, heightPx: 360 },
      'movenet-thunder',
      '/videos/set.mp4',
    );
    expect(track.landmarkSet).toBe('movenet17');
    expect(track.frames[0]?.keypoints).toHaveLength(17);
    expect(track.frames[0]?.keypoints.every((p) => p === null)).toBe(true);
    expect(track.source).toEqual({ kind: 'video', model: 'movenet-thunder', file: 'set.mp4' });
  });
});
