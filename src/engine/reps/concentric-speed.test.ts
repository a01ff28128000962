import { describe, expect, it } from 'vitest';
import { concentricMidSpeed } from './concentric-speed.js';

/**
 * A push from the bottom (travel `depth`) to the top (0) with a cosine speed profile lasting `pushS`, after a
 * pause of `pauseS` at the bottom, then a pause at the top; sampled at `fps`.
 */
function push(opts: { depth: number; pushS: number; pauseS: number; fps: number; wobble?: number }) {
  const { depth, pushS, pauseS, fps, wobble = 0 } = opts;
  const totalS = pauseS + pushS + 1;
  const n = Math.round(totalS * fps);
  const t = new Float64Array(n);
  const travel = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    t[i] = i / fps;
    const u = Math.min(1, Math.max(0, (t[i]! - pauseS) / pushS));
    travel[i] = (depth * (1 + Math.cos(Math.PI * u))) / 2 + wobble * Math.sin(i * 2.3);
  }
  const bottomEnd = Math.round(pauseS * fps);
  const topStart = Math.round((pauseS + pushS) * fps);
  return { t, travel, bottom: { from: 0, to: bottomEnd }, top: { from: topStart, to: n - 1 } };
}

const speed = (p: ReturnType<typeof push>) => concentricMidSpeed(p.travel, p.t, p.bottom, p.top, 0.1, 0.9);

describe('concentricMidSpeed', () => {
  it('halves when the same push takes twice as long', () => {
    const fast = speed(push({ depth: 0.5, pushS: 1, pauseS: 0.5, fps: 30 }));
    const slow = speed(push({ depth: 0.5, pushS: 2, pauseS: 0.5, fps: 30 }));
    expect(fast / slow).toBeCloseTo(2, 1);
  });

  it('does not change with a longer pause at the bottom or with the frame rate', () => {
    const base = speed(push({ depth: 0.5, pushS: 1.2, pauseS: 0.3, fps: 30 }));
    expect(speed(push({ depth: 0.5, pushS: 1.2, pauseS: 1.5, fps: 30 }))).toBeCloseTo(base, 2);
    expect(speed(push({ depth: 0.5, pushS: 1.2, pauseS: 0.3, fps: 60 }))).toBeCloseTo(base, 2);
  });

  it('is a little above the whole-push mean speed (the slow turning points are left out)', () => {
    const s = speed(push({ depth: 0.5, pushS: 1, pauseS: 0.5, fps: 60 }));
    expect(s).toBeGreaterThan(0.5);
    expect(s).toBeLessThan((Math.PI / 2) * 0.5);
  });

  it('stays within 3% under frame-to-frame jitter of 4% of the travel', () => {
    const clean = speed(push({ depth: 0.5, pushS: 1.2, pauseS: 0.5, fps: 30 }));
    const noisy = speed(push({ depth: 0.5, pushS: 1.2, pauseS: 0.5, fps: 30, wobble: 0.02 }));
    expect(Math.abs(noisy / clean - 1)).toBeLessThan(0.03);
  });

  it('is NaN when the sled is not seen or does not move', () => {
    const p = push({ depth: 0.5, pushS: 1, pauseS: 0.5, fps: 30 });
    expect(speed({ ...p, travel: p.travel.map(() => Number.NaN) })).toBeNaN();
    expect(speed({ ...p, travel: p.travel.map(() => 0.2) })).toBeNaN();
  });
});
