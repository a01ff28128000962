/**
 * The coach's plan for an analysed set: what to stop, what to change next session, prehab, alternatives and
 * when to see someone. With `--answers` (triage answers), a red-flag level replaces all training advice; with
 * `--log` (the training log), rest, pain-trend and load-ratio rules join in.
 */
import { adviseSet, triage, type TrainingHistory } from '../coach/index.js';
import type { AnalysisReport } from '../engine/index.js';
import type { CoachPlanJson } from '../formats/analysis-report/index.js';
import type { TriageJson } from '../formats/triage/index.js';
import { trainingHistory } from '../log/index.js';
import { presentPlan } from '../present/terminal/format-plan.js';
import { TRIAGE_HEADLINES, wordPlan, wordReport, wordTriage } from '../present/vocabulary/index.js';
import { CliError, EXIT, type CliIo } from './command.js';
import { readLogFile, resolveLogPath } from './commands/log-file.js';
import { readAnswers } from './read-answers.js';

export interface SetPlan {
  /**
   * The report to present and write (text, JSON, HTML): the analysed one, or under a red flag the same
   * measurements with every fix replaced by the instruction to get care (adviseSet).
   */
  readonly report: AnalysisReport;
  /** The coach's plan, worded for the terminal and the files the CLI writes. */
  readonly plan: CoachPlanJson;
  /** The triage of `--answers`, worded for the CLI. */
  readonly triage?: TriageJson;
}

export interface PlanSources {
  /** `--answers FILE`: triage answers. */
  readonly answersPath?: string | undefined;
  /** `--log FILE`: the training log (only when asked: analysing a video never reads the log by itself). */
  readonly logPath?: string | undefined;
  /** The moment the plan is for (rest since the last session); default: now. */
  readonly nowIso?: string;
}

/** The training history in the log at `logPath`, as the coach reads it. */
async function historyFromLog(logPath: string, io: CliIo, nowIso: string): Promise<TrainingHistory> {
  const location = resolveLogPath(logPath, {}, io.cwd, '');
  const { log, exists } = await readLogFile(location.path);
  if (!exists) {
    throw new CliError(
      `there is no training log at ${location.path}.`,
      EXIT.badInput,
      'Check the path, or start one with `spotter log add --load KG --reps N --log FILE`.',
    );
  }
  return trainingHistory(log, nowIso);
}

export async function planForReport(
  report: AnalysisReport,
  sources: PlanSources,
  io: CliIo,
): Promise<SetPlan> {
  const nowIso = sources.nowIso ?? new Date().toISOString();
  const history =
    sources.logPath !== undefined ? await historyFromLog(sources.logPath, io, nowIso) : undefined;
  const result =
    sources.answersPath !== undefined
      ? triage((await readAnswers(sources.answersPath, io)).answers)
      : undefined;
  const careWords = result !== undefined ? TRIAGE_HEADLINES[result.level] : undefined;
  const advice = adviseSet({ report, triage: result, careWords, history });
  return {
    report: wordReport(advice.report, 'cli'),
    plan: wordPlan(advice.plan, 'cli'),
    ...(advice.triage !== undefined && { triage: wordTriage(advice.triage, 'cli') }),
  };
}

/** The plan as terminal text, under its own heading, after the per-rep summary. */
export function formatPlanText(plan: CoachPlanJson): string {
  return `\nCOACH PLAN\n${presentPlan(plan)}`;
}

/**
 * The terminal text for an analysed set: the form report, then the plan. When triage found a red flag the
 * plan comes alone: no form fixes next to an instruction to get care (the JSON keeps the measurements).
 */
export function composeSetText(reportText: string, plan: CoachPlanJson): string {
  if (plan.mode === 'red_flag') {
    return `${presentPlan(plan)}\nThe rep-by-rep form report is held back: get care first. Its measurements are in the JSON report (--json).\n`;
  }
  return `${reportText}${formatPlanText(plan)}`;
}
