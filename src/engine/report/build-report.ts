/**
 * Assembles the analysis report (the JSON contract in BRIEF.md) from the stage outputs: per-rep metrics with
 * their faults, one summary line per fault, what could not be judged and why, a verdict and the top fixes.
 * Pure; rounds numbers for JSON; never mutates its inputs.
 */
import type { ConditionedTrack } from '../conditioning/types.js';
import type { SafeDepth } from '../depth/types.js';
import type { FaultFinding, FaultId } from '../faults/types.js';
import { FAULT_IDS } from '../faults/types.js';
import type { Kinematics } from '../kinematics/types.js';
import type { Rep, RepSegmentation } from '../reps/types.js';
import type { ViewAssessment } from '../view/types.js';
import { FAULT_PRIORITY, SEVERITY_RANK } from './fault-labels.js';
import { roundDeg, roundLength, roundMeasure, roundRatio, roundS, roundTo } from './round.js';
import { DEFAULT_SERIES_POINTS, downsampleSeries } from './series.js';
import {
  REPORT_SCHEMA_VERSION,
  type AnalysisReport,
  type FaultSummary,
  type NotAssessableFault,
  type RepFault,
  type RepReport,
  type TopFixCode,
} from './types.js';
import { compareSummaries, decideVerdict, REFILM_ADVICE } from './verdict.js';
import { gateByView, poorViewReason } from './view-gate.js';

/** How many fixes the report leads with: a lifter acts on a few cues at a time. */
export const MAX_TOP_FIXES = 3;

export interface BuildReportInput {
  readonly track: ConditionedTrack;
  readonly kinematics: Kinematics;
  readonly segmentation: RepSegmentation;
  readonly view: ViewAssessment;
  readonly safeDepth: SafeDepth;
  /** What `detectFaults` returned. */
  readonly faults: {
    readonly findings: readonly FaultFinding[];
    readonly notAssessable: readonly NotAssessableFault[];
    /** Per fault, reps it could not check although the set as a whole could be. */
    readonly unassessedReps?: readonly { readonly id: FaultId; readonly reps: readonly number[] }[];
  };
  /** Pose model that produced the track (from the track's source), if known. */
  readonly model?: string;
  /** Include down-sampled angle series; a number sets the maximum number of points. */
  readonly series?: boolean | number;
}

function timeOfFrame(tS: Float64Array, frame: number | undefined, fallbackS: number): number {
  const t = frame === undefined ? undefined : tS[frame];
  return t === undefined ? fallbackS : t;
}

function compareFindings(a: FaultFinding, b: FaultFinding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    b.confidence - a.confidence ||
    FAULT_PRIORITY[a.id] - FAULT_PRIORITY[b.id]
  );
}

function toRepFault(f: FaultFinding, tS: Float64Array, fallbackS: number): RepFault {
  return {
    id: f.id,
    severity: f.severity,
    confidence: roundRatio(f.confidence),
    atS: roundS(timeOfFrame(tS, f.frames[0], fallbackS)),
    frames: [...f.frames],
    measure: roundMeasure(f.measure),
    fix: f.fix,
    fixCode: f.fixCode,
  };
}

/** Largest finite value of `values` over frames [from, to]; NaN when none is finite. */
function maxOver(values: Float64Array, from: number, to: number): number {
  let max = Number.NaN;
  for (let i = Math.max(0, from); i <= to && i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v) && !(v <= max)) max = v;
  }
  return max;
}

function buildRep(
  rep: Rep,
  findings: readonly FaultFinding[],
  setNotAssessable: readonly NotAssessableFault[],
  input: BuildReportInput,
): RepReport {
  const { tS, hipDepartureThighs } = input.kinematics;
  const notAssessed = (input.faults.unassessedReps ?? [])
    .filter((u) => u.reps.includes(rep.index) && !setNotAssessable.some((n) => n.id === u.id))
    .map((u) => u.id)
    .sort((a, b) => FAULT_IDS.indexOf(a) - FAULT_IDS.indexOf(b));
  const faults = findings
    .filter((f) => f.repIndex === rep.index)
    .sort(compareFindings)
    .map((f) => toRepFault(f, tS, rep.bottomS));
  return {
    index: rep.index,
    startS: roundS(rep.startS),
    bottomS: roundS(rep.bottomS),
    endS: roundS(rep.endS),
    kneeMinDeg: roundDeg(rep.kneeMinDeg),
    hipFlexionMaxDeg: roundDeg(rep.hipFlexionMaxDeg),
    eccentricS: roundS(rep.eccentricS),
    concentricS: roundS(rep.concentricS),
    bottomDwellS: roundS(rep.bottomDwellS),
    hipDepartureMaxThighs: roundLength(maxOver(hipDepartureThighs, rep.startFrame, rep.endFrame)),
    concentricMeanVelocityShanksPerS: roundTo(rep.concentricMeanVelocityShanksPerS, 0.001),
    ...(rep.cutOff !== undefined && { cutOff: rep.cutOff }),
    faults,
    notAssessed: [...new Set(notAssessed)],
  };
}

function summarize(findings: readonly FaultFinding[], tS: Float64Array): FaultSummary[] {
  const groups = new Map<FaultId, FaultFinding[]>();
  for (const f of findings) {
    const group = groups.get(f.id);
    if (group) group.push(f);
    else groups.set(f.id, [f]);
  }
  const summaries: FaultSummary[] = [];
  for (const [id, group] of groups) {
    const worst = [...group].sort(compareFindings)[0]!;
    const reps = [...new Set(group.flatMap((f) => (f.repIndex === null ? [] : [f.repIndex])))].sort(
      (a, b) => a - b,
    );
    const setFinding = group.find((f) => f.repIndex === null);
    const meanConfidence = group.reduce((sum, f) => sum + f.confidence, 0) / group.length;
    summaries.push({
      id,
      worstSeverity: worst.severity,
      reps,
      count: group.length,
      meanConfidence: roundRatio(meanConfidence),
      fix: worst.fix,
      fixCode: worst.fixCode,
      ...(setFinding && {
        setLevel: {
          measure: roundMeasure(setFinding.measure),
          atS: roundS(timeOfFrame(tS, setFinding.frames[0], Number.NaN)),
        },
      }),
    });
  }
  return summaries.sort(compareSummaries);
}

/** The most important fixes, most serious first: each one's code and words (`topFixCodes`, `topFixes`). */
function topFixes(
  summaries: readonly FaultSummary[],
  view: ViewAssessment,
  notJudged: boolean,
): { readonly codes: TopFixCode[]; readonly words: string[] } {
  const codes: TopFixCode[] = [];
  const words: string[] = [];
  // A poor view is the first thing to fix: until then the back-safety checks cannot run.
  if (view.quality === 'poor') {
    codes.push('improve_filming');
    words.push(poorViewReason(view).replace(/^Not judged because of the filming: /, ''));
  }
  // Nothing judged: refilming is the fix, whatever else was seen.
  else if (notJudged) {
    codes.push('refilm');
    words.push(REFILM_ADVICE);
  }
  for (const s of summaries) {
    const fix = s.fix.trim();
    if (fix === '' || words.includes(fix)) continue;
    codes.push(s.fixCode ?? s.id);
    words.push(fix);
  }
  return { codes: codes.slice(0, MAX_TOP_FIXES), words: words.slice(0, MAX_TOP_FIXES) };
}

function sortNotAssessable(items: readonly NotAssessableFault[]): NotAssessableFault[] {
  return [...items].sort((a, b) => FAULT_IDS.indexOf(a.id) - FAULT_IDS.indexOf(b.id));
}

export function buildReport(input: BuildReportInput): AnalysisReport {
  const { track, view, segmentation } = input;
  const gated = gateByView(view, input.faults.findings, input.faults.notAssessable);
  const notAssessable = sortNotAssessable(gated.notAssessable);
  const reps = segmentation.reps.map((rep) => buildRep(rep, gated.findings, notAssessable, input));
  const faults = summarize(gated.findings, track.tS);
  const verdict = decideVerdict({ summaries: faults, findings: gated.findings, reps, notAssessable, view });
  const top = topFixes(faults, view, verdict.level === 'not_judged');
  const n = track.tS.length;
  const durationS = n > 1 ? track.tS[n - 1]! - track.tS[0]! : 0;
  const seriesPoints = typeof input.series === 'number' ? input.series : DEFAULT_SERIES_POINTS;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    input: {
      landmarkSet: track.landmarkSet,
      frameCount: n,
      durationS: roundS(durationS),
      meanFps: durationS > 0 ? roundTo((n - 1) / durationS, 0.1) : 0,
      imageWidthPx: track.imageWidthPx,
      imageHeightPx: track.imageHeightPx,
      ...(input.model !== undefined && { model: input.model }),
    },
    side: track.side,
    view: {
      ...view,
      yawDeg: roundDeg(view.yawDeg),
      ...(view.depthYawDeg !== undefined && { depthYawDeg: roundDeg(view.depthYawDeg) }),
      meanConfidence: roundRatio(view.meanConfidence),
      issues: view.issues.map((i) => ({ ...i })),
    },
    safeDepth: { ...input.safeDepth, hipFlexionDeg: roundDeg(input.safeDepth.hipFlexionDeg) },
    verdict,
    reps,
    faults,
    notAssessable,
    topFixes: top.words,
    topFixCodes: top.codes,
    repsCountedOn: segmentation.countedOn ?? 'knee',
    ignoredMovements: segmentation.ignored.map((m) => ({
      startS: roundS(m.startS),
      endS: roundS(m.endS),
      reason: m.reason,
    })),
    ...(input.series !== undefined &&
      input.series !== false && { series: downsampleSeries(input.kinematics, seriesPoints) }),
  };
}
