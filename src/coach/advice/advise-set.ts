/**
 * The one place where an analysed set, the pain triage and the training history meet, and the one every
 * presenter reads (CLI text, JSON and HTML; the web app's view and exports). A red flag wins here: when triage
 * allows no training advice, the report handed on carries none either. Every fix, the top fixes and the
 * verdict's headline give way to the triage result's instruction to get care; the measurements (reps, angles,
 * which faults were seen) stay, as numbers a clinician may want.
 */
import type { AnalysisReport } from '../../engine/index.js';
import type { TriageResult } from '../triage/types.js';
import { buildPlan } from './build-plan.js';
import type { CoachPlan, TrainingHistory } from './types.js';

export interface SetAdviceInput {
  readonly report: AnalysisReport;
  readonly triage?: TriageResult | undefined;
  /**
   * With a triage: the words of the care it asks for (a presenter's `TRIAGE_HEADLINES[level]`,
   * src/present/vocabulary), which under a red flag replace every fix in the report.
   */
  readonly careWords?: string | undefined;
  readonly history?: TrainingHistory | undefined;
}

export interface SetAdvice {
  /** The report as presenters may show it: under a red flag, with no training advice left in it. */
  readonly report: AnalysisReport;
  readonly plan: CoachPlan;
  readonly triage?: TriageResult;
  /** True when triage found a red flag: show the instruction to get care, and no form or training advice. */
  readonly redFlag: boolean;
}

/** The report, the plan and the triage for one set, with the red-flag override applied. */
export function adviseSet(input: SetAdviceInput): SetAdvice {
  const { report, triage, careWords, history } = input;
  const plan = buildPlan({
    report,
    ...(triage !== undefined && { triage }),
    ...(history !== undefined && { history }),
  });
  const redFlag = plan.mode === 'red_flag';
  if (redFlag && careWords === undefined) {
    throw new Error('adviseSet: a red-flag triage needs careWords, the words of the care it asks for.');
  }
  return {
    report: redFlag ? withholdTrainingAdvice(report, careWords!) : report,
    plan,
    ...(triage !== undefined && { triage }),
    redFlag,
  };
}

/** What a check that could not be made says under a red flag (its usual reason may carry a form cue). */
export const NOT_JUDGED_UNDER_RED_FLAG = 'Not judged from this video.';

/**
 * The report with its training advice replaced by the instruction to get care (`care`, the presenters' words for
 * the triage level): no top fixes, every fault's `fix` (set summary and each rep) and the verdict's headline say
 * what care to seek, and the reasons a check could not be made are cut to "not judged" (some carry a form cue, e.g. knee_lockout's "keep
 * a clear bend"). The verdict level, the faults seen, which checks were not made and every measurement are
 * kept (the JSON contract and the training log read them). The camera-view messages (how to film) stay.
 */
export function withholdTrainingAdvice(report: AnalysisReport, care: string): AnalysisReport {
  return {
    ...report,
    verdict: { level: report.verdict.level, headline: care },
    topFixes: [],
    topFixCodes: [],
    faults: report.faults.map(({ fixCode: _fix, ...f }) => ({ ...f, fix: care })),
    reps: report.reps.map((r) => ({
      ...r,
      faults: r.faults.map(({ fixCode: _fix, ...f }) => ({ ...f, fix: care })),
    })),
    // Only the id stays: a code would be worded again by the presenters, with its cue.
    notAssessable: report.notAssessable.map((n) => ({ id: n.id, reason: NOT_JUDGED_UNDER_RED_FLAG })),
  };
}
