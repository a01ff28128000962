import { describe, expect, it } from 'vitest';
import { packKeypoints, type PoseSample } from './pose-sample.js';
import { packBatch, unpackBatch } from './sample-batch.js';

const kp = (x: number) => packKeypoints([{ x, y: x + 1, score: 0.5 }, null, { x: 2 * x, y: 3, score: 0.9 }]);

describe('sample batches (worker to main thread)', () => {
  const samples: PoseSample[] = [
    { tS: 0, keypoints: kp(10), score: 0.9, lumaMean: 80, peopleInView: 2 },
    { tS: 0.05, keypoints: null, score: 0, lumaMean: 81 },
    { tS: 0.1, keypoints: kp(12), score: 0.8, lumaMean: 82 },
  ];

  it('round-trips every sample, frames without a pose included', () => {
    const back = unpackBatch(structuredClone(packBatch(samples)));
    const plain = (s: PoseSample) => ({
      tS: s.tS,
      score: Math.fround(s.score),
      lumaMean: s.lumaMean,
      peopleInView: s.peopleInView,
      keypoints: s.keypoints && Array.from(s.keypoints),
    });
    expect(back.map(plain)).toEqual(samples.map(plain));
  });

  it('keeps the keypoints of a batch in one buffer', () => {
    const back = unpackBatch(packBatch(samples));
    expect(back[0]?.keypoints?.buffer).toBe(back[2]?.keypoints?.buffer);
  });

  it('refuses a batch whose keypoint count changes', () => {
    const odd = { ...samples[0]!, keypoints: new Float32Array(6) };
    expect(() => packBatch([samples[0]!, odd])).toThrow(/Keypoint count/);
  });
});
