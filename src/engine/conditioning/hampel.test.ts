import { describe, expect, it } from 'vitest';
import { hampelFlags, hampelRejectPoints } from './hampel.js';
import type { PointSeries } from './types.js';

const params = { halfWindow: 3, sigmas: 3, minDeviation: 2 };

/** A slow movement with deterministic sub-pixel jitter, like a keypoint at 30 fps. */
function movement(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => 300 + 80 * Math.sin(i / 15) + 0.8 * Math.sin(i * 2.3));
}

function flagsOf(values: Float64Array): Uint8Array {
  const flags = new Uint8Array(values.length);
  hampelFlags(values, params, flags);
  return flags;
}

describe('hampel', () => {
  it('removes a single-frame spike and nothing else', () => {
    const v = movement(100);
    v[40] = v[40]! + 60;
    const flags = flagsOf(v);
    expect(flags[40]).toBe(1);
    expect(flags.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('keeps a genuine step (a real change of level is not an outlier)', () => {
    const v = Float64Array.from({ length: 60 }, (_, i) => (i < 30 ? 100 : 160) + 0.5 * Math.sin(i * 1.7));
    expect(flagsOf(v).every((f) => f === 0)).toBe(true);
  });

  it('catches a short burst of bad frames shorter than half the window', () => {
    const v = movement(100);
    for (const i of [50, 51]) v[i] = v[i]! - 200; // a two-frame glitch far off the path
    const flags = flagsOf(v);
    expect(flags[50]).toBe(1);
    expect(flags[51]).toBe(1);
  });

  it('skips missing samples and never fills them', () => {
    const v = movement(40);
    v[10] = NaN;
    v[11] = NaN;
    v[20] = v[20]! + 50;
    const flags = flagsOf(v);
    expect(flags[10]).toBe(0);
    expect(flags[20]).toBe(1);
    expect(Number.isNaN(v[10]!)).toBe(true);
  });

  it('drops the whole point when either coordinate is an outlier, and does not touch the clean ones', () => {
    const n = 50;
    const point: PointSeries = {
      x: movement(n),
      y: movement(n).map((v) => v + 50),
      score: new Float64Array(n).fill(0.9),
    };
    const x0 = Float64Array.from(point.x);
    point.y[25] = point.y[25]! + 80;
    const rejected = hampelRejectPoints(point, params, new Uint8Array(n));
    expect(rejected).toBe(1);
    expect(Number.isNaN(point.x[25]!)).toBe(true);
    expect(point.score[25]).toBe(0);
    expect(point.x[24]).toBe(x0[24]);
  });

  it('its no-sort fast path flags exactly what the textbook median/MAD rule flags', () => {
    // Deterministic pseudo-random walk with spikes, flat stretches and gaps.
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5;
    const v = new Float64Array(2000);
    let level = 300;
    for (let i = 0; i < v.length; i++) {
      level += i % 400 < 100 ? 0 : 4 * rand();
      v[i] =
        i % 97 === 0 ? level + 300 * rand() : i % 151 < 3 ? NaN : level + (i % 400 < 100 ? 0 : 3 * rand());
    }
    const fast = flagsOf(v);
    const h = params.halfWindow;
    for (let i = 0; i < v.length; i++) {
      let expected = 0;
      const win: number[] = [];
      for (let j = Math.max(0, i - h); j <= Math.min(v.length - 1, i + h); j++)
        if (Number.isFinite(v[j]!)) win.push(v[j]!);
      if (Number.isFinite(v[i]!) && win.length >= 3) {
        const median = (a: number[]) => {
          const s = [...a].sort((x, y) => x - y);
          const m = s.length >> 1;
          return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
        };
        const med = median(win);
        const mad = median(win.map((w) => Math.abs(w - med)));
        const dev = Math.abs(v[i]! - med);
        expected = dev > params.minDeviation && dev > params.sigmas * 1.4826 * mad ? 1 : 0;
      }
      expect(fast[i], `frame ${i}`).toBe(expected);
    }
    expect(fast.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
  });
});
