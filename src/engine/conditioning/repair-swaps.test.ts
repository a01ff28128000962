import { describe, expect, it } from 'vitest';
import { repairSwaps, type SidePair } from './repair-swaps.js';
import type { PointSeries } from './types.js';

const N = 120;
const params = { costRatio: 0.5, minGainPx: 20 };

/** A knee moving on a slow arc; the far knee sits `offsetPx` away, scores differ so swaps are traceable. */
function kneePair(offsetPx: number): SidePair {
  const left: PointSeries = {
    x: new Float64Array(N),
    y: new Float64Array(N),
    score: new Float64Array(N).fill(0.9),
  };
  const right: PointSeries = {
    x: new Float64Array(N),
    y: new Float64Array(N),
    score: new Float64Array(N).fill(0.4),
  };
  for (let i = 0; i < N; i++) {
    const a = i / 20;
    left.x[i] = 500 + 60 * Math.cos(a) + 0.7 * Math.sin(i * 2.1);
    left.y[i] = 300 + 60 * Math.sin(a);
    right.x[i] = left.x[i]! - offsetPx;
    right.y[i] = left.y[i]! + 0.5 * offsetPx;
  }
  return { left, right };
}

function swapLabels(pair: SidePair, frames: readonly number[]): void {
  for (const i of frames) {
    for (const k of ['x', 'y', 'score'] as const) {
      const t = pair.left[k][i]!;
      pair.left[k][i] = pair.right[k][i]!;
      pair.right[k][i] = t;
    }
  }
}

function snapshot(pair: SidePair): number[][] {
  return [pair.left.x, pair.left.y, pair.left.score, pair.right.x, pair.right.y, pair.right.score].map((a) =>
    Array.from(a),
  );
}

describe('repairSwaps', () => {
  it('swaps back injected left/right swaps, single frames and runs, and counts them', () => {
    const pair = kneePair(80);
    const truth = snapshot(pair);
    const injected = [10, 40, 41, 42, 43, 44, 90];
    swapLabels(pair, injected);
    expect(repairSwaps([pair], params)).toBe(injected.length);
    expect(snapshot(pair)).toEqual(truth);
  });

  it('still repairs a swap lasting a second', () => {
    const pair = kneePair(80);
    const truth = snapshot(pair);
    const run = Array.from({ length: 30 }, (_, k) => 50 + k);
    swapLabels(pair, run);
    expect(repairSwaps([pair], params)).toBe(run.length);
    expect(snapshot(pair)).toEqual(truth);
  });

  it('keeps the majority labelling when the track starts swapped', () => {
    const pair = kneePair(80);
    const truth = snapshot(pair);
    swapLabels(pair, [0, 1, 2]);
    expect(repairSwaps([pair], params)).toBe(3);
    expect(snapshot(pair)).toEqual(truth);
  });

  it('leaves a clean track alone, and never flips nearly coincident joints', () => {
    const clean = kneePair(80);
    const truth = snapshot(clean);
    expect(repairSwaps([clean], params)).toBe(0);
    expect(snapshot(clean)).toEqual(truth);
    const overlapping = kneePair(3); // pure side view: both knees almost on top of each other
    swapLabels(overlapping, [20, 50]);
    const before = snapshot(overlapping);
    expect(repairSwaps([overlapping], params)).toBe(0);
    expect(snapshot(overlapping)).toEqual(before);
  });

  it('only judges frames where both points are seen, and counts a frame once across joints', () => {
    const knee = kneePair(80);
    const ankle = kneePair(100);
    const truthKnee = snapshot(knee);
    swapLabels(knee, [30]);
    swapLabels(ankle, [30]);
    knee.right.x[60] = NaN;
    knee.right.y[60] = NaN;
    truthKnee[3]![60] = NaN;
    truthKnee[4]![60] = NaN;
    expect(repairSwaps([knee, ankle], params)).toBe(1);
    expect(snapshot(knee)).toEqual(truthKnee);
  });

  it('keeps one missed swap to that frame: the correct frames after it are not flipped', () => {
    const pair = kneePair(80);
    const truth = snapshot(pair);
    // Frame 60 is swapped and both points sit half the near/far offset off, so swapping it back saves too little
    // from frame 59 to pass costRatio; a walk judging each frame against the previous decision then took its
    // labels as the reference and flipped every correct frame after it.
    swapLabels(pair, [60]);
    for (const p of [pair.left, pair.right]) {
      p.x[60] = p.x[60]! + 40;
      p.y[60] = p.y[60]! - 20;
    }
    const damaged = snapshot(pair);
    repairSwaps([pair], params);
    const after = snapshot(pair);
    for (let s = 0; s < after.length; s++) {
      for (let i = 0; i < N; i++) {
        if (i !== 60) expect(after[s]![i], `series ${s}, frame ${i}`).toBe(truth[s]![i]);
      }
    }
    // Frame 60 itself is either left as the model gave it or swapped back, nothing else.
    const at60 = after.map((a) => a[60]);
    const swappedBack60 = [3, 4, 5, 0, 1, 2].map((s) => damaged[s]![60]);
    expect([damaged.map((a) => a[60]), swappedBack60]).toContainEqual(at60);
  });
});
