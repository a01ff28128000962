import { describe, expect, it } from 'vitest';
import { buildScenario, simulateSet } from '../sim/index.js';
import { AnalysisError, analyzeTrack, analyzeTrackDetailed, calibrateFromTrack } from './analyze.js';
import type { KeypointTrack } from './core/track.js';
import { FAULT_FIXES } from './faults/fault-fixes.js';

const clean = simulateSet(buildScenario('clean', { seed: 11 }));
const tuck = simulateSet(buildScenario('pelvic_tuck', { seed: 12 }));

describe('analyzeTrack (the whole pipeline on simulated sets)', () => {
  it('finds every rep of a clean set, in order, and calls no alert', () => {
    const report = analyzeTrack(clean.track);
    expect(report.reps).toHaveLength(clean.truth.reps.length);
    report.reps.forEach((rep, i) => {
      expect(rep.index).toBe(i + 1);
      expect(rep.startS).toBeLessThan(rep.bottomS);
      expect(rep.bottomS).toBeLessThan(rep.endS);
    });
    expect(report.faults.filter((f) => f.worstSeverity === 'alert')).toEqual([]);
    expect(report.verdict.level).not.toBe('stop');
  });

  it('reports the pelvic tuck that was simulated', () => {
    const report = analyzeTrack(tuck.track);
    const summary = report.faults.find((f) => f.id === 'pelvic_tuck');
    expect(summary).toBeDefined();
    expect(report.topFixes[0]).toBe(report.faults[0]!.fix);
    // Each fix comes with its code, and its words are that code's (one table, no CLI option named).
    expect(summary?.fixCode).toBe('pelvic_tuck');
    for (const f of [...report.faults, ...report.reps.flatMap((r) => r.faults)]) {
      expect(f.fix).toBe(FAULT_FIXES[f.fixCode!]);
    }
    for (const words of Object.values(FAULT_FIXES)) expect(words).not.toMatch(/--[a-z]|spotter [a-z]/);
  });

  it('is deterministic and its JSON has no NaN', () => {
    const a = JSON.stringify(analyzeTrack(tuck.track, { includeSeries: true }));
    const b = JSON.stringify(analyzeTrack(tuck.track, { includeSeries: true }));
    expect(a).toBe(b);
    expect(a).not.toContain('NaN');
  });

  it('passes the personal safe depth and options through', () => {
    const report = analyzeTrack(clean.track, { safeDepthDeg: 92 });
    expect(report.safeDepth).toEqual({ hipFlexionDeg: 92, source: 'user' });
    expect(analyzeTrack(clean.track).safeDepth.source).toBe('default');
  });

  it('detailed analysis exposes the stages the report was built from', () => {
    const d = analyzeTrackDetailed(clean.track);
    expect(d.report.reps).toHaveLength(d.segmentation.reps.length);
    expect(d.kinematics.tS.length).toBe(clean.track.frames.length);
    expect(d.config.faults.pelvicTuck.warnThighs).toBeGreaterThan(0);
  });

  it('a bad config override is an AnalysisError naming the setting', () => {
    const bad = { config: { faults: { nope: 1 } } } as unknown as Parameters<typeof analyzeTrack>[1];
    expect(() => analyzeTrack(clean.track, bad)).toThrow(AnalysisError);
    expect(() => analyzeTrack(clean.track, bad)).toThrow(/faults\.nope/);
  });

  it('a track without frames is an AnalysisError', () => {
    const empty: KeypointTrack = { ...clean.track, frames: [] };
    expect(() => analyzeTrack(empty)).toThrow(AnalysisError);
  });
});

describe('calibrateFromTrack', () => {
  it('returns a safe depth no deeper than the deepest hip flexion reached', () => {
    const cal = calibrateFromTrack(tuck.track);
    expect(cal.safeDepth.hipFlexionDeg).toBeGreaterThan(0);
    expect(typeof cal.explanation).toBe('string');
    if (cal.tuckOnsetHipFlexionDeg !== null) {
      expect(cal.safeDepth.hipFlexionDeg).toBeLessThan(cal.tuckOnsetHipFlexionDeg);
    }
  });

  it('a track with every frame duplicated (same timestamp twice) gets the same reps and faults', () => {
    const doubled: KeypointTrack = { ...tuck.track, frames: tuck.track.frames.flatMap((f) => [f, f]) };
    const once = analyzeTrack(tuck.track);
    const twice = analyzeTrack(doubled);
    const summary = (r: typeof once) => r.reps.map((rep) => rep.faults.map((f) => `${f.id}:${f.severity}`));
    expect(twice.reps.length).toBe(once.reps.length);
    expect(summary(twice)).toEqual(summary(once));
    expect(twice.input.frameCount).toBe(once.input.frameCount);
  });
});
