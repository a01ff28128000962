import { describe, expect, it } from 'vitest';
import type { KeypointTrack } from '../../engine/index.js';
import { parseKeypointTrackJson, parseKeypointTrackValue } from './parse-keypoint-track.js';
import { frameSchema } from './schema.js';
import { serializeKeypointTrack } from './serialize-keypoint-track.js';
import { TrackFormatError } from './track-format-error.js';

function points(n: number, seed = 0): ([number, number, number] | null)[] {
  return Array.from({ length: n }, (_, i) =>
    i === 3 ? null : [100 + i * 7.25 + seed, 200 - i * 3.5 + seed, (i % 10) / 10],
  );
}

function doc(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'spotter-keypoint-track',
    version: 1,
    landmarkSet: 'movenet17',
    image: { widthPx: 640, heightPx: 480 },
    source: { kind: 'simulator', model: 'sim' },
    frames: [
      { tS: 0, keypoints: points(17) },
      { tS: 1 / 30, keypoints: points(17, 1) },
      { tS: 1 / 30, keypoints: points(17, 2) },
    ],
    ...overrides,
  };
}

function errorOf(text: string): TrackFormatError {
  try {
    parseKeypointTrackJson(text);
  } catch (err) {
    expect(err).toBeInstanceOf(TrackFormatError);
    return err as TrackFormatError;
  }
  throw new Error('expected parseKeypointTrackJson to throw');
}

const bad = (d: unknown): TrackFormatError => errorOf(JSON.stringify(d));

describe('parseKeypointTrackJson', () => {
  it('reads a valid track into pixels, scores and nulls', () => {
    const track = parseKeypointTrackJson(JSON.stringify(doc()));
    expect(track.landmarkSet).toBe('movenet17');
    expect(track.imageWidthPx).toBe(640);
    expect(track.frames).toHaveLength(3);
    expect(track.frames[1]!.keypoints[0]).toEqual({ x: 101, y: 201, score: 0 });
    expect(track.frames[0]!.keypoints[3]).toBeNull();
    expect(track.source).toEqual({ kind: 'simulator', model: 'sim' });
  });

  it('accepts blazepose33 with 33 points', () => {
    const track = parseKeypointTrackJson(
      JSON.stringify(doc({ landmarkSet: 'blazepose33', frames: [{ tS: 0, keypoints: points(33) }] })),
    );
    expect(track.frames[0]!.keypoints).toHaveLength(33);
  });

  it('names the frame whose keypoint count does not match the landmark set', () => {
    const frames = Array.from({ length: 900 }, (_, i) => ({
      tS: i / 30,
      keypoints: points(i === 812 ? 16 : 17),
    }));
    const err = bad(doc({ frames }));
    expect(err.message).toContain('frames[812].keypoints has 16 points; movenet17 needs 17');
    expect(err.where).toBe('frames[812].keypoints');
  });

  it('rejects decreasing timestamps and says where', () => {
    const frames = [0, 0.1, 0.05].map((tS) => ({ tS, keypoints: points(17) }));
    expect(bad(doc({ frames })).message).toMatch(/frames\[2\]\.tS .*must not decrease/);
  });

  it('rejects scores outside [0, 1]', () => {
    const kp = points(17);
    kp[5] = [1, 2, 1.5];
    const err = bad(doc({ frames: [{ tS: 0, keypoints: kp }] }));
    expect(err.message).toContain('frames[0].keypoints[5][2] must be a score <= 1');
  });

  it('rejects non-finite numbers (1e999 parses to Infinity)', () => {
    const text = JSON.stringify(doc()).replace('"tS":0,', '"tS":1e999,');
    expect(errorOf(text).message).toContain('frames[0].tS must be a finite number');
  });

  it('rejects a keypoint that is not a triple', () => {
    const kp: unknown[] = points(17);
    kp[2] = [1, 2];
    expect(bad(doc({ frames: [{ tS: 0, keypoints: kp }] })).message).toContain(
      'frames[0].keypoints[2] must be [x, y, score] (3 numbers), [x, y, score, z] (4) or null',
    );
    kp[2] = 'nose';
    expect(bad(doc({ frames: [{ tS: 0, keypoints: kp }] })).message).toContain(
      'frames[0].keypoints[2] must be [x, y, score], [x, y, score, z] or null, not string',
    );
  });

  it('reports missing and mistyped fields by path', () => {
    expect(bad(doc({ image: { widthPx: 640 } })).message).toContain('image.heightPx is missing');
    expect(bad(doc({ frames: 'none' })).message).toContain('frames must be an array, not string');
    expect(bad(doc({ image: { widthPx: 0, heightPx: 480 } })).message).toContain(
      'image.widthPx must be a number > 0',
    );
  });

  it('names the supported landmark sets', () => {
    expect(bad(doc({ landmarkSet: 'coco133' })).message).toContain(
      'landmarkSet must be one of "movenet17", "blazepose33"',
    );
  });

  it('rejects another file kind and unsupported versions, naming the supported ones', () => {
    expect(bad({ hello: 1 }).message).toContain('not a Spotter keypoint track');
    expect(bad(doc({ format: 'coco' })).message).toContain('has format "coco"');
    const v2 = bad(doc({ version: 2 }));
    expect(v2.message).toContain('version 2 is not supported');
    expect(v2.message).toContain('reads version 1');
    expect(bad(doc({ version: undefined })).message).toContain('version null is not supported');
    expect(bad([1, 2]).message).toContain('holds an array');
  });

  it('gives the line and column of malformed JSON', () => {
    const err = errorOf('{\n  "format": "spotter-keypoint-track",\n  "version": 1,,\n}');
    expect(err.message).toMatch(/not valid JSON at line 3, column \d+/);
  });

  it('says a cut-off file looks truncated', () => {
    const full = serializeKeypointTrack(parseKeypointTrackJson(JSON.stringify(doc())));
    expect(errorOf(full.slice(0, Math.floor(full.length * 0.6))).message).toContain('looks truncated');
  });

  it('says an empty file is empty', () => {
    expect(errorOf('  \n').message).toContain('empty');
  });

  it('counts further problems', () => {
    const kp = points(17);
    kp[0] = [1, 2, 7];
    kp[1] = [1, 2, 8];
    expect(bad(doc({ frames: [{ tS: 0, keypoints: kp }] })).message).toContain('(and 1 more problem)');
  });
});

describe('frame validation agrees with the zod frame schema', () => {
  const base = points(17);
  const mutants: [string, unknown][] = [
    ['valid', { tS: 0.5, keypoints: base }],
    ['extra field', { tS: 0.5, keypoints: base, note: 'x' }],
    ['NaN x', { tS: 0.5, keypoints: [[Number.NaN, 1, 0.5], ...base.slice(1)] }],
    ['negative score', { tS: 0.5, keypoints: [[1, 1, -0.1], ...base.slice(1)] }],
    ['string score', { tS: 0.5, keypoints: [[1, 1, '0.5'], ...base.slice(1)] }],
    ['four numbers (with depth)', { tS: 0.5, keypoints: [[1, 1, 0.5, -12.5], ...base.slice(1)] }],
    ['five numbers', { tS: 0.5, keypoints: [[1, 1, 0.5, 1, 1], ...base.slice(1)] }],
    ['string depth', { tS: 0.5, keypoints: [[1, 1, 0.5, '1'], ...base.slice(1)] }],
    ['object point', { tS: 0.5, keypoints: [{ x: 1, y: 1, score: 1 }, ...base.slice(1)] }],
    ['negative tS', { tS: -1, keypoints: base }],
    ['string tS', { tS: '0', keypoints: base }],
    ['no keypoints', { tS: 0 }],
    ['null keypoints', { tS: 0, keypoints: null }],
    ['frame is an array', [0, base]],
    ['frame is null', null],
  ];
  it.each(mutants)('%s', (_name, frame) => {
    const zodOk = frameSchema.safeParse(frame).success;
    const parse = () => parseKeypointTrackValue({ ...doc(), frames: [frame] });
    if (zodOk) expect(parse).not.toThrow();
    else expect(parse).toThrow(TrackFormatError);
  });
});

describe('serializeKeypointTrack', () => {
  it('round-trips a track exactly', () => {
    const track: KeypointTrack = parseKeypointTrackJson(JSON.stringify(doc()));
    const text = serializeKeypointTrack(track);
    expect(parseKeypointTrackJson(text)).toEqual(track);
    expect(serializeKeypointTrack(parseKeypointTrackJson(text))).toBe(text);
  });

  it('keeps the depth of 3D-aware models (BlazePose) and leaves 2D keypoints as triples', () => {
    const kp: unknown[] = points(33);
    kp[23] = [320.5, 200.25, 0.99, -14.75];
    kp[25] = [400, 180, 0.98, 22];
    const track = parseKeypointTrackJson(
      JSON.stringify(doc({ landmarkSet: 'blazepose33', frames: [{ tS: 0, keypoints: kp }] })),
    );
    expect(track.frames[0]!.keypoints[23]).toEqual({ x: 320.5, y: 200.25, score: 0.99, zPx: -14.75 });
    expect(track.frames[0]!.keypoints[0]).not.toHaveProperty('zPx');
    const text = serializeKeypointTrack(track);
    expect(text).toContain('[320.5,200.25,0.99,-14.75]');
    expect(parseKeypointTrackJson(text)).toEqual(track);
  });

  it('round-trips an empty track without a source', () => {
    const track: KeypointTrack = {
      landmarkSet: 'blazepose33',
      imageWidthPx: 1920,
      imageHeightPx: 1080,
      frames: [],
    };
    expect(parseKeypointTrackJson(serializeKeypointTrack(track))).toEqual(track);
  });

  it('writes one frame per line', () => {
    const text = serializeKeypointTrack(parseKeypointTrackJson(JSON.stringify(doc())));
    expect(text.trim().split('\n')).toHaveLength(5);
  });
});
