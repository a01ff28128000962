import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTrack } from '../../engine/index.js';
import type { RenderTruth } from '../ground-truth.js';
import { truthToTrack } from './truth-track.js';

const load = (name: string): RenderTruth =>
  JSON.parse(readFileSync(`fixtures/render/${name}.truth.json`, 'utf8')) as RenderTruth;

describe('rendered fixtures: the engine on their true 2D joints', () => {
  it('counts every rep of the clean clip and calls none of its reps faulty', () => {
    const truth = load('clean');
    const report = analyzeTrack(truthToTrack(truth));
    expect(report.reps.length).toBe(truth.reps.length);
    expect(report.reps.flatMap((r) => r.faults.map((f) => f.id))).toEqual([]);
  });

  it('finds the fast descent of the faulty clip on the labelled rep', () => {
    const truth = load('faulty');
    const report = analyzeTrack(truthToTrack(truth));
    expect(report.reps.length).toBe(truth.reps.length);
    const fast = truth.reps.filter((r) => r.faults.includes('fast_eccentric')).map((r) => r.index);
    const called = report.reps
      .filter((r) => r.faults.some((f) => f.id === 'fast_eccentric'))
      .map((r) => r.index);
    expect(called).toEqual(fast);
  });
});
