/**
 * Dispatches `spotter <command> ...` to its handler and turns every failure into one clear message plus what
 * to do, and an exit code (docs/cli.md). Never prints a stack trace; never calls process.exit.
 */
import { AnalysisError } from '../engine/index.js';
import { CliError, EXIT, type CliIo, type CommandHandler, type ExitCode } from './command.js';
import { TOP_HELP } from './help.js';

/** Handlers load lazily so `spotter analyze --keypoints` never loads the pose models. */
const COMMANDS: Readonly<Record<string, () => Promise<CommandHandler>>> = {
  analyze: async () => (await import('./commands/analyze.js')).analyzeCommand,
  calibrate: async () => (await import('./commands/calibrate.js')).calibrateCommand,
  triage: async () => (await import('./commands/triage.js')).triageCommand,
  log: async () => (await import('./commands/log.js')).logCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  worker: async () => (await import('./commands/serve.js')).workerCommand,
};

const ANALYSIS_HINTS: Readonly<Record<AnalysisError['code'], string>> = {
  no_frames: 'Check that the track file holds the whole set.',
  no_person: 'Film so the whole body is visible from the side, in good light.',
  too_short: 'Record the whole set, including at least one full rep.',
  bad_config: 'Check the setting named above.',
};

export interface RunCliOptions {
  readonly version?: string;
  /** Print the stack of unexpected errors (SPOTTER_DEBUG=1). */
  readonly debug?: boolean;
}

function errorText(message: string, hint: string | undefined): string {
  return `spotter: ${message}\n${hint ? `${hint}\n` : ''}`;
}

async function dispatch(argv: readonly string[], io: CliIo, options: RunCliOptions): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(TOP_HELP);
    return EXIT.usage;
  }
  if (first === '-h' || first === '--help') {
    io.stdout(TOP_HELP);
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic !== undefined && topic in COMMANDS) return (await COMMANDS[topic]!())(['--help'], io);
    io.stdout(TOP_HELP);
    return EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${options.version ?? 'unknown'}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (load === undefined) {
    const what = first.startsWith('-') ? `Unknown option '${first}'` : `Unknown command '${first}'`;
    throw new CliError(
      `${what}.`,
      EXIT.usage,
      `Commands: ${Object.keys(COMMANDS).join(', ')}. Run \`spotter --help\`.`,
    );
  }
  return (await load())(rest, io);
}

/** Runs the CLI with `argv` (without node and script paths); returns the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: RunCliOptions = {},
): Promise<ExitCode> {
  try {
    return await dispatch(argv, io, options);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(errorText(err.message, err.hint));
      return err.exitCode;
    }
    if (err instanceof AnalysisError) {
      // Engine messages often already say what to do; add the generic hint only to a bare statement.
      const saysWhatToDo = /\.\s+\S/.test(err.message.trim());
      io.stderr(
        errorText(`analysis failed: ${err.message}`, saysWhatToDo ? undefined : ANALYSIS_HINTS[err.code]),
      );
      return EXIT.analysisFailed;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(
      errorText(
        `internal error: ${message}`,
        'This is a bug in Spotter; please report it with the command you ran (set SPOTTER_DEBUG=1 for details).',
      ),
    );
    if (options.debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT.internal;
  }
}
