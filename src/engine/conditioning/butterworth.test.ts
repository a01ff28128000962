import { describe, expect, it } from 'vitest';
import { ButterworthFilter, designButterworthLowPass } from './butterworth.js';

const RATE_HZ = 30;

function times(n: number, rateHz = RATE_HZ): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => i / rateHz);
}

function filtered(values: Float64Array, cutoffHz = 6, rateHz = RATE_HZ): Float64Array {
  const out = new Float64Array(values.length);
  new ButterworthFilter(cutoffHz, rateHz).apply(values, times(values.length, rateHz), out);
  return out;
}

/** Peak-to-peak amplitude over the middle half (away from the edges). */
function midAmplitude(v: Float64Array): number {
  const mid = v.subarray(v.length >> 2, (3 * v.length) >> 2);
  return Math.max(...mid) - Math.min(...mid);
}

describe('designButterworthLowPass', () => {
  it('has unit gain at DC (a still joint is not moved)', () => {
    const c = designButterworthLowPass(6, 30);
    expect((c.b0 + c.b1 + c.b2) / (1 + c.a1 + c.a2)).toBeCloseTo(1, 12);
  });
});

describe('ButterworthFilter (zero-phase)', () => {
  it('keeps a step within the input range up to the 4th-order Butterworth overshoot, and settles on both levels', () => {
    const v = Float64Array.from({ length: 200 }, (_, i) => (i < 100 ? 50 : 150));
    const out = filtered(v);
    // A 2nd-order Butterworth run forward-backward rings ~5% of a step (its impulse response has small
    // negative lobes); nothing beyond that may appear.
    for (const y of out) {
      expect(y).toBeGreaterThanOrEqual(50 - 0.06 * 100);
      expect(y).toBeLessThanOrEqual(150 + 0.06 * 100);
    }
    expect(out[10]).toBeCloseTo(50, 6);
    expect(out[190]).toBeCloseTo(150, 6);
    // Zero phase: the step's midpoint stays where it was.
    expect((out[99]! + out[100]!) / 2).toBeCloseTo(100, 6);
  });

  it('has no lag on a sine below the cut-off', () => {
    const tS = times(300);
    const v = Float64Array.from(tS, (t) => 80 * Math.sin(2 * Math.PI * 1 * t));
    const out = filtered(v);
    let maxErr = 0;
    for (let i = 0; i < v.length; i++) maxErr = Math.max(maxErr, Math.abs(out[i]! - v[i]!));
    expect(maxErr).toBeLessThan(0.02 * 80);
    // The best-aligning shift between input and output is zero frames.
    let bestShift = 99;
    let bestErr = Infinity;
    for (let shift = -3; shift <= 3; shift++) {
      let err = 0;
      for (let i = 10; i < 290; i++) err += (out[i + shift]! - v[i]!) ** 2;
      if (err < bestErr) [bestErr, bestShift] = [err, shift];
    }
    expect(bestShift).toBe(0);
  });

  it('removes jitter above the cut-off', () => {
    const v = Float64Array.from(times(300), (t) => 5 * Math.sin(2 * Math.PI * 12 * t));
    expect(midAmplitude(filtered(v))).toBeLessThan(0.1 * midAmplitude(v));
  });

  it('is designed for the actual sample rate: the cut-off is in hertz, not per frame', () => {
    const at = (rateHz: number) => {
      const v = Float64Array.from(times(4 * rateHz, rateHz), (t) => Math.sin(2 * Math.PI * 6 * t));
      return midAmplitude(filtered(v, 6, rateHz)) / midAmplitude(v);
    };
    // At the cut-off a forward-backward Butterworth passes half the amplitude (-3 dB twice), at any frame rate.
    expect(at(30)).toBeCloseTo(0.5, 1);
    expect(at(60)).toBeCloseTo(0.5, 1);
  });

  it('does not lag or drift at the edges of a ramp', () => {
    const v = Float64Array.from(times(90), (t) => 200 + 120 * t);
    const out = filtered(v);
    expect(out[0]).toBeCloseTo(v[0]!, 2);
    expect(out[89]).toBeCloseTo(v[89]!, 2);
  });

  it('filters each valid run on its own and never fills a gap', () => {
    const v = Float64Array.from({ length: 60 }, (_, i) =>
      i < 25 ? 10 + (i % 2) : i < 30 ? NaN : 500 + (i % 2),
    );
    const out = filtered(v);
    for (let i = 25; i < 30; i++) expect(Number.isNaN(out[i]!)).toBe(true);
    // Neither run is pulled towards the other across the gap.
    for (let i = 0; i < 25; i++) expect(out[i]).toBeLessThanOrEqual(11.1);
    for (let i = 30; i < 60; i++) expect(out[i]).toBeGreaterThanOrEqual(499.9);
  });

  it('copies runs too short to filter and works in place', () => {
    const v = Float64Array.from([NaN, 3, 4, NaN, 1, 2, 3, 4, 5, 6]);
    const copy = filtered(v);
    expect(copy[1]).toBe(3);
    expect(copy[2]).toBe(4);
    const inPlace = Float64Array.from(v);
    new ButterworthFilter(6, RATE_HZ).apply(inPlace, times(v.length), inPlace);
    expect(Array.from(inPlace)).toEqual(Array.from(copy));
  });
});
