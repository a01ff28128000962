import { describe, expect, it } from 'vitest';
import { firstFrameAtOrAfter, frameShownAt, lastFrameAtOrBefore, nearestFrame } from './frame-at-time.js';

describe('frameShownAt', () => {
  const times = [0, 0.04, 0.08, 0.12];
  it('finds the frame on screen at a time (the last one at or before it), clamped at both ends', () => {
    expect(frameShownAt(times, 0.05)).toBe(1);
    expect(frameShownAt(times, 0.08)).toBe(2);
    expect(frameShownAt(times, -1)).toBe(0);
    expect(frameShownAt(times, 99)).toBe(3);
    expect(frameShownAt([], 1)).toBe(-1);
  });
});

describe('frame at a time', () => {
  const times = [0, 0.04, 0.08, 0.12];
  it('first at or after, last at or before, within a range', () => {
    expect(firstFrameAtOrAfter(times, 0.05)).toBe(2);
    expect(firstFrameAtOrAfter(times, 0.04)).toBe(1);
    expect(firstFrameAtOrAfter(times, 99)).toBe(4);
    expect(firstFrameAtOrAfter(times, 0.05, 0, 1)).toBe(1);
    expect(lastFrameAtOrBefore(times, 0.05)).toBe(1);
    expect(lastFrameAtOrBefore(times, -1)).toBe(-1);
    expect(lastFrameAtOrBefore(times, Number.NaN)).toBe(-1);
    expect(lastFrameAtOrBefore([], 1)).toBe(-1);
  });
  it('nearest frame, a tie going the asked way', () => {
    expect(nearestFrame(times, 0.05)).toBe(1);
    expect(nearestFrame(times, 0.07)).toBe(2);
    expect(nearestFrame(times, -5)).toBe(0);
    expect(nearestFrame(times, 5)).toBe(3);
    expect(nearestFrame([0, 1], 0.5)).toBe(1);
    expect(nearestFrame([0, 1], 0.5, 'earlier')).toBe(0);
    expect(nearestFrame([], 1)).toBe(-1);
  });
});
