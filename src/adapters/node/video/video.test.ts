import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisMaxFps, analysisSize, DEFAULT_ANALYSIS_MAX_FPS, LONG_VIDEO_S } from './analysis-size.js';
import { openVideoStream } from './decode-frames.js';
import { locateFfmpeg, type FfmpegTool } from './locate-ffmpeg.js';
import { parseProbeOutput, probeVideo } from './probe-video.js';
import { createMediaDir, testPatternArgs, type MediaDir } from './test-support/make-media.js';
import { VideoError } from './video-error.js';

let media: MediaDir;
let clip: string;
let rotated: string;
let vfr: string;
let hiFps: string;
let jittery: string;

beforeAll(() => {
  media = createMediaDir();
  clip = media.make('clip.mp4', [...testPatternArgs({ size: '320x180', fps: 30, seconds: 2 })]);
  // Phone-style portrait clip: landscape pixels plus a 90 degree display rotation.
  rotated = media.make('rotated.mp4', ['-i', clip, '-c', 'copy', '-metadata:s:v:0', 'rotate=90']);
  // Variable frame rate: 30 fps for 1 s, then 15 fps.
  vfr = media.make(
    'vfr.mp4',
    testPatternArgs({
      size: '160x90',
      fps: 30,
      seconds: 2,
      extra: ['-vf', "settb=1/1000,setpts='if(lt(N\\,30)\\,N*33\\,990+(N-30)*66)'", '-vsync', 'vfr'],
    }),
  );
  // A phone's 30 fps: timestamps jitter by +-5 ms around the nominal grid.
  jittery = media.make(
    'jittery.mp4',
    testPatternArgs({
      size: '160x90',
      fps: 30,
      seconds: 2,
      extra: [
        '-vf',
        "settb=1/30000,setpts='N*1000+if(mod(N\\,3)\\,150\\,-150)*if(mod(N\\,2)\\,1\\,-1)'",
        '-vsync',
        'vfr',
      ],
    }),
  );
  hiFps = media.make('60fps.mp4', testPatternArgs({ size: '160x90', fps: 60, seconds: 1 }));
});
afterAll(() => media.remove());

async function decodeAll(ffmpeg: FfmpegTool, file: string, maxFps?: number) {
  const probe = await probeVideo(ffmpeg, file);
  const stream = openVideoStream({ ffmpeg, file, probe, ...(maxFps !== undefined ? { maxFps } : {}) });
  const times: number[] = [];
  let size = { w: 0, h: 0, bytes: 0 };
  for await (const f of stream.frames()) {
    times.push(f.tS);
    size = { w: f.frame.widthPx, h: f.frame.heightPx, bytes: f.frame.data.length };
  }
  return { probe, times, size, summary: stream.summary() };
}

const binaries: { name: string; tool: () => FfmpegTool }[] = [
  { name: 'located (packaged first)', tool: () => locateFfmpeg() },
];
if (spawnSync('ffmpeg', ['-version']).status === 0) {
  binaries.push({ name: 'system', tool: () => locateFfmpeg({ SPOTTER_FFMPEG: 'ffmpeg' }) });
}

describe.each(binaries)('decoding with the $name ffmpeg', ({ tool }) => {
  it('streams every frame as packed RGB with its real time', async () => {
    const { times, size, summary } = await decodeAll(tool(), clip, 0);
    expect(times).toHaveLength(60);
    expect(size).toEqual({ w: 320, h: 180, bytes: 320 * 180 * 3 });
    expect(times[1]! - times[0]!).toBeCloseTo(1 / 30, 3);
    expect(summary.exitCode).toBe(0);
  });

  it('applies phone rotation: a rotated landscape clip comes out portrait', async () => {
    const { probe, size } = await decodeAll(tool(), rotated);
    expect(Math.abs(probe.rotationDeg)).toBe(90);
    expect([probe.widthPx, probe.heightPx]).toEqual([180, 320]);
    expect([size.w, size.h]).toEqual([180, 320]);
  });

  it('keeps variable-frame-rate timing instead of inventing frames', async () => {
    const { times } = await decodeAll(tool(), vfr, 0);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.slice(0, 20).every((g) => Math.abs(g - 0.033) < 0.003)).toBe(true);
    // The second half runs at 15 fps: long gaps stay long (the encoder rounds a few stamps to its time base).
    expect(gaps.filter((g) => Math.abs(g - 0.066) < 0.004).length).toBeGreaterThanOrEqual(10);
    expect(times.length).toBeLessThan(55); // a 30 fps constant-rate decode would give 60
  });

  it('caps a 60 fps source at the analysis rate by dropping, not duplicating, frames', async () => {
    const capped = await decodeAll(tool(), hiFps, 30);
    const all = await decodeAll(tool(), hiFps, 0);
    expect(all.times).toHaveLength(60);
    expect(capped.times.length).toBeGreaterThanOrEqual(29);
    expect(capped.times.length).toBeLessThanOrEqual(31);
    expect(new Set(capped.times).size).toBe(capped.times.length);
  });
});

describe('default analysis rate', () => {
  it('keeps every other frame of a 30 fps set (15 fps), evenly spaced', async () => {
    const { times } = await decodeAll(locateFfmpeg(), clip); // 2 s at 30 fps, no cap given
    expect(DEFAULT_ANALYSIS_MAX_FPS).toBe(15);
    expect(times).toHaveLength(30);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.every((g) => Math.abs(g - 1 / 15) < 0.003)).toBe(true);
  });

  it('keeps an even 15 fps from a 30 fps source whose timestamps jitter', async () => {
    const { times } = await decodeAll(locateFfmpeg(), jittery);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(times.length).toBeGreaterThanOrEqual(29);
    expect(times.length).toBeLessThanOrEqual(31);
    expect(gaps.every((g) => Math.abs(g - 2 / 30) < 0.012)).toBe(true); // jitter only, never 1 or 3 frames
  });

  it('never analyses an hour-long recording faster than a set', () => {
    expect(analysisMaxFps(3600)).toBeLessThanOrEqual(analysisMaxFps(30));
    expect(analysisMaxFps(LONG_VIDEO_S + 1)).toBeLessThanOrEqual(15);
  });
});

describe('probing bad input', () => {
  const ffmpeg = () => locateFfmpeg();
  const codeOf = async (file: string) => {
    try {
      await probeVideo(ffmpeg(), file);
      return 'ok';
    } catch (error) {
      expect(error).toBeInstanceOf(VideoError);
      return (error as VideoError).code;
    }
  };

  it('names each kind of unusable file', async () => {
    const text = path.join(media.dir, 'notes.mp4');
    writeFileSync(text, 'these are my training notes, not a video\n');
    const empty = path.join(media.dir, 'empty.mp4');
    writeFileSync(empty, '');
    const cut = path.join(media.dir, 'cut.mp4');
    const bytes = readFileSync(clip);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2))); // moov atom at the end is lost
    const audio = media.make('sound.m4a', ['-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '1']);
    expect(await codeOf(text)).toBe('not_a_video');
    expect(await codeOf(empty)).toBe('empty_file');
    expect(await codeOf(cut)).toBe('truncated');
    expect(await codeOf(audio)).toBe('audio_only');
    expect(await codeOf(path.join(media.dir, 'missing.mp4'))).toBe('not_found');
  });

  it('recognises a still image', async () => {
    const png = media.make('photo.png', ['-f', 'lavfi', '-i', 'testsrc=size=64x48', '-frames:v', '1']);
    const jpg = media.make('photo.jpg', ['-f', 'lavfi', '-i', 'testsrc=size=64x48', '-frames:v', '1']);
    expect((await probeVideo(ffmpeg(), png)).isStillImage).toBe(true);
    expect((await probeVideo(ffmpeg(), jpg)).isStillImage).toBe(true);
    expect((await probeVideo(ffmpeg(), clip)).isStillImage).toBe(false);
  });
});

describe('probe output parsing', () => {
  it('reads the old packaged ffmpeg rotate tag as a quarter turn', () => {
    const stderr = [
      "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'x.mp4':",
      '  Duration: 00:01:02.50, start: 0.000000, bitrate: 147 kb/s',
      '    Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 1920x1080 [SAR 1:1 DAR 16:9], 62 kb/s, 29.97 fps, 30 tbr, 15360 tbn, 60 tbc (default)',
      '    Metadata:',
      '      rotate          : 270',
      '    Stream #0:1(und): Audio: aac (LC), 44100 Hz, mono, fltp, 69 kb/s (default)',
    ].join('\n');
    const probe = parseProbeOutput(stderr, 'x.mp4');
    expect(probe).toMatchObject({
      durationS: 62.5,
      widthPx: 1080,
      heightPx: 1920,
      fps: 29.97,
      hasAudio: true,
    });
  });
});

describe('analysis size', () => {
  it('shrinks 4K to 640 px on the long side and never enlarges', () => {
    expect(analysisSize({ widthPx: 3840, heightPx: 2160 })).toEqual({ widthPx: 640, heightPx: 360 });
    expect(analysisSize({ widthPx: 2160, heightPx: 3840 })).toEqual({ widthPx: 360, heightPx: 640 });
    expect(analysisSize({ widthPx: 320, heightPx: 240 })).toEqual({ widthPx: 320, heightPx: 240 });
  });
});
