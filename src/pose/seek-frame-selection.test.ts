import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotOf, slotPhase } from './frame-slots.js';
import { selectFramesBySeeking, type SeekableVideo } from './seek-frame-selection.js';

/** ffmpeg's `select` as decode-frames.ts writes it: the first frame of each slot. */
function ffmpegSelection(pts: readonly number[], maxFps: number, sourceFps: number): number[] {
  const phase = slotPhase(maxFps, sourceFps);
  const out: number[] = [];
  for (const p of pts) {
    const prev = out.at(-1);
    if (prev === undefined || slotOf(p, maxFps, phase) > slotOf(prev, maxFps, phase)) out.push(p);
  }
  return out;
}

/** A browser-like video: a seek shows the last frame starting at or before the time; null when unchanged. */
function videoOf(pts: readonly number[], options: { knowsFrameTimes?: boolean } = {}) {
  let shown: number | undefined;
  const seeks: number[] = [];
  const last = pts.at(-1)!;
  const video: SeekableVideo = {
    durationS: last + (pts.length > 1 ? last - pts.at(-2)! : 1 / 30),
    seek(tS) {
      seeks.push(tS);
      let frame = pts[0]!;
      for (const p of pts) if (p <= tS) frame = p;
      const changed = frame !== shown;
      shown = frame;
      return Promise.resolve(options.knowsFrameTimes === false || !changed ? null : frame);
    },
  };
  return { video, seeks };
}

async function collect(video: SeekableVideo, maxFps: number): Promise<number[]> {
  const out: number[] = [];
  for await (const t of selectFramesBySeeking(video, maxFps)) out.push(t);
  return out;
}

const cfr = (fps: number, durationS: number, startS = 0) =>
  Array.from({ length: Math.round(durationS * fps) }, (_, i) => startS + i / fps);

describe('selectFramesBySeeking', () => {
  it.each([30, 30000 / 1001, 25, 60, 24, 50, 15, 12, 10])(
    'picks the frames the CLI picks on a %f fps video, with their own times',
    async (fps) => {
      const pts = cfr(fps, 6);
      const { video } = videoOf(pts);
      expect(await collect(video, 15)).toEqual(ffmpegSelection(pts, 15, fps));
    },
  );

  it('counts times from the first frame, as ffmpeg does, when the file timestamps start later than 0', async () => {
    const fromZero = cfr(25, 6);
    const { video } = videoOf(fromZero.map((t) => t + 0.04));
    expect(await collect(video, 15)).toEqual(
      ffmpegSelection(fromZero, 15, 25).map((t) => expect.closeTo(t, 9)),
    );
  });

  it('keeps every frame when uncapped, and one seek per frame after a few to measure the frame rate', async () => {
    const pts = cfr(25, 4);
    const { video, seeks } = videoOf(pts);
    expect(await collect(video, 0)).toEqual(pts);
    expect(seeks.length).toBeLessThanOrEqual(pts.length + 8);
  });

  it('gives a phone video its filmed times: jittered frames keep their own times, never repeat, never go back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: -0.004, max: 0.004, noNaN: true }), { minLength: 90, maxLength: 90 }),
        async (jitter) => {
          const pts = cfr(30, 3).map((t, i) => Math.max(0, t + jitter[i]!));
          const { video } = videoOf(pts);
          const got = await collect(video, 15);
          const fromFirst = pts.map((t) => t - pts[0]!);
          const want = ffmpegSelection(fromFirst, 15, 30);
          for (const t of got) expect(fromFirst).toContain(t);
          for (let i = 1; i < got.length; i++) expect(got[i]!).toBeGreaterThan(got[i - 1]!);
          expect(Math.abs(got.length - want.length)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('steps over a dropped frame instead of stopping or repeating the frame before it', async () => {
    const pts = cfr(30, 3).filter((_, i) => i !== 41 && i !== 42);
    const { video } = videoOf(pts);
    const got = await collect(video, 15);
    expect(got).toEqual(ffmpegSelection(pts, 15, 30));
    expect(got.at(-1)).toBeCloseTo(pts.at(-1)! - (pts.length % 2 === 0 ? 1 / 30 : 0), 6);
  });

  it('samples at fixed times when the platform cannot tell frame times', async () => {
    const { video } = videoOf(cfr(30, 2), { knowsFrameTimes: false });
    const got = await collect(video, 15);
    expect(got.length).toBeGreaterThanOrEqual(29);
    expect(got.length).toBeLessThanOrEqual(31);
    for (let i = 1; i < got.length; i++) expect(got[i]! - got[i - 1]!).toBeCloseTo(1 / 15, 2);
  });
});
