/**
 * The CLI's command convention: each command is a function of its arguments and an I/O port, returning an
 * exit code. Commands never call process.exit or print stack traces; main.ts maps errors to exit codes.
 */
export const EXIT = {
  ok: 0,
  /** The analysis ran and found at least one alert-level fault (useful for batch scripts). */
  faultsFound: 1,
  usage: 2,
  badInput: 3,
  analysisFailed: 4,
  missingTool: 5,
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

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
