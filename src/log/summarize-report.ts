/** Keeps what the training log needs from an analysis report: tempo, depth and fault counts of the set. */
import type { AnalysisReport } from '../engine/index.js';
import type { SetAnalysis } from './types.js';

/** The parts of the report the log reads (the BRIEF's JSON contract), so a saved report JSON is enough. */
export type ReportForLog = Pick<AnalysisReport, 'reps' | 'faults'> &
  Partial<Pick<AnalysisReport, 'safeDepth' | 'verdict'>>;

const mean = (values: readonly number[]) =>
  values.length === 0 ? undefined : Number((values.reduce((a, b) => a + b, 0) / values.length).toFixed(2));

export function summarizeReport(report: ReportForLog): SetAnalysis {
  const reps = report.reps;
  const hip = reps.map((r) => r.hipFlexionMaxDeg).filter(Number.isFinite);
  const knee = reps.map((r) => r.kneeMinDeg).filter(Number.isFinite);
  const eccentricMeanS = mean(reps.map((r) => r.eccentricS).filter(Number.isFinite));
  const concentricMeanS = mean(reps.map((r) => r.concentricS).filter(Number.isFinite));
  return {
    repsSeen: reps.length,
    ...(eccentricMeanS !== undefined && { eccentricMeanS }),
    ...(concentricMeanS !== undefined && { concentricMeanS }),
    ...(hip.length > 0 && { hipFlexionMaxDeg: Number(Math.max(...hip).toFixed(1)) }),
    ...(knee.length > 0 && { kneeMinDeg: Number(Math.min(...knee).toFixed(1)) }),
    ...(report.safeDepth !== undefined && { safeDepthDeg: report.safeDepth.hipFlexionDeg }),
    ...(report.verdict !== undefined && { verdict: report.verdict.level }),
    faults: report.faults.map((f) => ({
      id: f.id,
      count: Math.max(1, f.count),
      worstSeverity: f.worstSeverity,
    })),
  };
}
