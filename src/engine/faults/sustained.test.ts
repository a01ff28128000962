import { describe, expect, it } from 'vitest';
import { heldPeak, sustainedPeak } from './sustained.js';

describe('heldPeak', () => {
  // A 0.24 s excursion past 10 sampled at 15 fps: 3 samples past it, the crossings interpolated half-way out.
  const fps = 15;
  const values = [0, 0, 20, 20, 20, 0, 0];
  const timeS = (i: number): number => i / fps;

  it('finds a hold of minS timed between interpolated crossings, which whole frames miss at low rates', () => {
    // Whole frames: 0.2 s at 15 fps needed ceil(0.2 * 15) + 1 = 4 frames past the level; only 3 are.
    expect(sustainedPeak(values, 4)).not.toBeNull();
    expect((sustainedPeak(values, 4)?.value ?? 0) > 10).toBe(false);
    // Between the crossings of 10: from 1.5 to 5.5 frames = 0.267 s >= 0.2 s.
    expect(heldPeak(values, timeS, 3, 0.2)?.value).toBeCloseTo(10, 3);
  });

  it('does not accept a shorter excursion at any sampling phase', () => {
    // 2 samples past the level: held 0.2 s only at the base itself, whichever way the samples fall.
    const short = [0, 0, 20, 20, 0, 0];
    expect(heldPeak(short, timeS, 2, 0.2)?.value ?? 0).toBeCloseTo(0, 3);
    // The longer excursion holds 10 for exactly its 0.267 s and no more than that level for a 0.3 s hold.
    expect(heldPeak(values, timeS, 3, 0.3)?.value ?? 0).toBeLessThan(10);
  });

  it('breaks runs at unusable (NaN) entries and gives no crossing into them', () => {
    const gap = [0, 20, 20, Number.NaN, 20, 20, 0];
    expect(heldPeak(gap, timeS, 2, 0.2)?.value ?? 0).toBeCloseTo(0, 3);
  });
});
