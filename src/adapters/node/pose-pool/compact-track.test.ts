import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTrack } from '../../../engine/index.js';
import { parseKeypointTrackJson, serializeKeypointTrack } from '../../../formats/keypoint-track/index.js';
import { packKeypoints, type PoseSample } from './pose-sample.js';
import { samplesToTrack } from './samples-to-track.js';

const demo = parseKeypointTrackJson(
  readFileSync(new URL('../../../../fixtures/demo/demo-track.json', import.meta.url), 'utf8'),
);

/** The demo set as the pool would hold it: packed samples, one frame without a person. */
function demoSamples(): PoseSample[] {
  return demo.frames.map((f, i) => ({
    tS: f.tS,
    keypoints: i === 5 ? null : packKeypoints(f.keypoints),
    score: 0.8,
    lumaMean: 100,
  }));
}

describe('compact track (keypoints unpacked when read)', () => {
  const track = samplesToTrack(demoSamples(), { widthPx: 1280, heightPx: 720 }, 'blazepose-full', 'set.mp4');
  const plain = parseKeypointTrackJson(serializeKeypointTrack(track));

  it('serializes to the same frames as plain keypoint objects', () => {
    expect(plain.frames).toHaveLength(demo.frames.length);
    expect(plain.frames[5]?.keypoints.every((p) => p === null)).toBe(true);
    expect(plain.frames[6]).toEqual(JSON.parse(JSON.stringify(track.frames[6])));
    expect(plain.frames[6]?.keypoints[0]?.x).toBeCloseTo(demo.frames[6]?.keypoints[0]?.x ?? NaN, 2);
  });

  it('gives the engine the same report as the plain track', () => {
    expect(analyzeTrack(track)).toEqual(analyzeTrack(plain));
  });
});
