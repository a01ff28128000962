import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatDuration, progressLine } from './progress-reporter.js';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('progress reporter', () => {
  it('estimates time left from the share of the video covered', () => {
    // 10 s of a 40 s video done in 5 s of work: 15 s left.
    expect(progressLine(300, 10, 5, 40)).toBe('25%  300 frames  60.0 fps  0:15 left');
  });

  it('redraws one bar in place on a terminal and ends the line at the finish', () => {
    const out: string[] = [];
    const c = clock();
    const p = createProgressReporter({
      write: (s) => out.push(s),
      isTTY: true,
      quiet: false,
      totalS: 10,
      nowMs: c.now,
    });
    c.advance(1000);
    p.update(30, 5);
    c.advance(1000);
    p.update(60, 10);
    p.finish();
    expect(out.every((s) => s.startsWith('\r'))).toBe(true);
    expect(out.at(-1)).toMatch(/\[#+\].*100%.*\n$/);
    expect(out.join('')).toContain('50%');
  });

  it('writes plain throttled lines when not a terminal', () => {
    const out: string[] = [];
    const c = clock();
    const p = createProgressReporter({
      write: (s) => out.push(s),
      isTTY: false,
      quiet: false,
      totalS: 100,
      nowMs: c.now,
    });
    for (let i = 1; i <= 100; i++) {
      c.advance(200); // 20 s of work in total
      p.update(i * 30, i);
    }
    expect(out.length).toBeGreaterThan(2);
    expect(out.length).toBeLessThan(10);
    expect(out.some((s) => s.includes('\r') || s.includes('\x1b'))).toBe(false);
  });

  it('is silent with --quiet', () => {
    const out: string[] = [];
    const p = createProgressReporter({ write: (s) => out.push(s), isTTY: true, quiet: true, totalS: 10 });
    p.update(1, 1);
    p.finish();
    expect(out).toEqual([]);
  });

  it('formats hours', () => {
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(Number.NaN)).toBe('--:--');
  });
});
