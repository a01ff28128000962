/**
 * The CLI's command convention: each command is a function of its arguments and an I/O port, returning an
 * exit code. Commands never call process.exit or print stack traces; main.ts maps errors to exit codes.
 */
import type { AnalysisReport } from '../engine/index.js';

export const EXIT = {
  ok: 0,
  /** The analysis ran and found at least one alert-level fault (useful for batch scripts). */
  faultsFound: 1,
  usage: 2,
  badInput: 3,
  analysisFailed: 4,
  missingTool: 5,
  /** The analysis ran but could not judge the set (no complete rep, or no back-safety check could be made). */
  notJudged: 6,
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The exit code of an analysis. With `--fail-on-alert` a script must not read a set it could not judge as a
 * pass: 1 for an alert-level fault, 6 for a set not judged, else 0.
 */
export function analysisExitCode(
  report: Pick<AnalysisReport, 'faults' | 'verdict'>,
  failOnAlert: boolean,
): ExitCode {
  if (!failOnAlert) return EXIT.ok;
  if (report.faults.some((f) => f.worstSeverity === 'alert')) return EXIT.faultsFound;
  return report.verdict.level === 'not_judged' ? EXIT.notJudged : EXIT.ok;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stdout/stderr is an interactive terminal (progress bars, interactive prompts). */
  readonly isTTY: boolean;
  readonly cwd: string;
}

/** An expected failure: one clear sentence of what went wrong plus what to do. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export type CommandHandler = (args: readonly string[], io: CliIo) => Promise<ExitCode>;
