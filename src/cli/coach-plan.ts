/**
 * The coach's plan for an analysed set: what to stop, what to change next session, prehab, alternatives and
 * when to see someone. With `--answers` (triage answers), a red-flag level replaces all training advice.
 */
import { buildPlan, presentPlan, triage, type CoachPlan, type TriageResult } from '../coach/index.js';
import type { AnalysisReport } from '../engine/report/types.js';
import type { CliIo } from './command.js';
import { readAnswers } from './read-answers.js';

export interface SetPlan {
  readonly plan: CoachPlan;
  readonly triage?: TriageResult;
}

export async function planForReport(
  report: AnalysisReport,
  answersPath: string | undefined,
  io: CliIo,
): Promise<SetPlan> {
  if (answersPath === undefined) return { plan: buildPlan({ report }) };
  const { answers } = await readAnswers(answersPath, io);
  const result = triage(answers);
  return { plan: buildPlan({ report, triage: result }), triage: result };
}

/** The plan as terminal text, under its own heading, after the per-rep summary. */
export function formatPlanText(plan: CoachPlan): string {
  return `\nCOACH PLAN\n${presentPlan(plan)}`;
}

/**
 * The terminal text for an analysed set: the form report, then the plan. When triage found a red flag the
 * plan comes alone: no form fixes next to an instruction to get care (the JSON keeps the measurements).
 */
export function composeSetText(reportText: string, plan: CoachPlan): string {
  if (plan.mode === 'red_flag') {
    return `${presentPlan(plan)}\nThe rep-by-rep form report is held back: get care first. Its measurements are in the JSON report (--json).\n`;
  }
  return `${reportText}${formatPlanText(plan)}`;
}
