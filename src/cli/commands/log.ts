/**
 * `spotter log`: the training log on this device. `add` records a set (optionally with its video analysis),
 * `pain` adds pain scores to a set, `show` lists sets and weekly trends (and exports JSON or CSV), `next` gives
 * the next-session load with its reasons and sources, `remove` deletes a set, `path` prints the log file.
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { FileAccessError } from '../../adapters/node/file-access-error.js';
import { readTextFile } from '../../adapters/node/read-text-file.js';
import { trainingLogToCsv } from '../../formats/training-log/csv.js';
import { parseReportForLogJson } from '../../formats/training-log/read-report.js';
import { TrainingLogFormatError } from '../../formats/training-log/training-log-format-error.js';
import {
  addSet,
  lastSet,
  LogEntryError,
  removeSet,
  setPain,
  type SetInput,
  recommendNext,
  summarizeReport,
  isCalendarDate,
  isIsoDateTime,
  msToIso,
  type PainScores,
  type SetAnalysis,
  type TrainingLog,
  recentSets,
  weeklyTrends,
} from '../../log/index.js';
import { CliError, EXIT, type CliIo, type CommandHandler, type ExitCode } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { toJsonText, writeOutput } from '../write-output.js';
import { readLogFile, resolveLogPath, updateLogFile, type LogLocation } from './log-file.js';
import { wordNextSession } from '../../present/vocabulary/index.js';
import { formatNext, formatRecentSets, formatSet, formatTrends } from './log-present.js';

export const LOG_SCHEMA_VERSION = 1;

export const LOG_HELP = `Usage:
  spotter log add --load KG --reps N [--rir N | --rpe N] [--pain-during N] [--pain-after N]
                  [--target N] [--at DATE-TIME] [--from-report report.json] [--notes TEXT] [--log FILE]
  spotter log pain [--during N] [--after N] [--next-morning N] [--set ID] [--log FILE]
  spotter log show [--json] [--csv out.csv] [--all] [--log FILE]
  spotter log next [--json] [--log FILE]
  spotter log remove --set ID [--log FILE]
  spotter log path [--log FILE]

Keeps a training log of your leg press sets on this device and manages the load: 2-for-2 progression in
2.5-5% steps rounded to your plates, a reduction when pain is worse the next morning, a stop and a pointer
to \`spotter triage\` when pain goes above 5/10, and a 48 h rest check between hard leg sessions.
Every rule is listed with its sources in docs/log.md.

Options:
  --load KG            load on the sled, kg
  --reps N             reps done (default with --from-report: the reps the video counted)
  --rir N              reps in reserve (0 = failure); or --rpe N, effort 1-10
  --target N           rep goal of this set (default: the log's, 10)
  --pain-during N      back pain 0-10 during the set; --pain-after N: after the session
  --during/--after/--next-morning N   (log pain) pain scores for a set, the last one unless --set ID
  --at DATE-TIME       when the set was done, ISO 8601 (default: now), e.g. 2026-11-21T18:05
  --from-report FILE   fill tempo, depth and faults from \`spotter analyze --json\` output
  --json               (show, next) print JSON instead of text
  --csv FILE           (show) write every set as CSV to FILE ("-" for standard output)
  --all                (show) list every set, not only the last 10
  --log FILE           the log file (default: $SPOTTER_LOG, else $XDG_DATA_HOME/spotter/log.json,
                       else ~/.local/share/spotter/log.json)
  -q, --quiet          print nothing but errors
  -h, --help           show this help

Examples:
  spotter log add --load 120 --reps 10 --rir 2 --from-report report.json
  spotter log pain --next-morning 3
  spotter log next
`;

const OPTIONS = {
  load: { type: 'string' },
  reps: { type: 'string' },
  rir: { type: 'string' },
  rpe: { type: 'string' },
  target: { type: 'string' },
  'pain-during': { type: 'string' },
  'pain-after': { type: 'string' },
  during: { type: 'string' },
  after: { type: 'string' },
  'next-morning': { type: 'string' },
  set: { type: 'string' },
  at: { type: 'string' },
  'from-report': { type: 'string' },
  notes: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'string' },
  all: { type: 'boolean' },
  log: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each subcommand takes (the rest are a usage error, so a typo is not silently ignored). */
const ALLOWED: Readonly<Record<string, readonly (keyof typeof OPTIONS)[]>> = {
  add: ['load', 'reps', 'rir', 'rpe', 'target', 'pain-during', 'pain-after', 'at', 'from-report', 'notes'],
  pain: ['during', 'after', 'next-morning', 'set'],
  show: ['json', 'csv', 'all'],
  next: ['json'],
  remove: ['set'],
  path: [],
};
const COMMON: readonly (keyof typeof OPTIONS)[] = ['log', 'quiet', 'help'];

/** The option a core field comes from, for error messages. */
const FIELD_OPTION: Readonly<Record<string, string>> = {
  loadKg: '--load',
  reps: '--reps',
  targetReps: '--target',
  rir: '--rir',
  rpe: '--rpe',
  'pain.during': '--pain-during / --during',
  'pain.after': '--pain-after / --after',
  'pain.nextMorning': '--next-morning',
  atIso: '--at',
  notes: '--notes',
  id: '--set',
};

export interface LogCommandDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: () => string;
  /** The clock, ms since the epoch. */
  readonly nowMs: () => number;
  /** The local UTC offset at a time, minutes east of UTC (new sets are written in local time). */
  readonly offsetMin: (ms: number) => number;
}

const nodeDeps: LogCommandDeps = {
  env: process.env,
  homeDir: homedir,
  nowMs: () => Date.now(),
  offsetMin: (ms) => -new Date(ms).getTimezoneOffset(),
};

function number(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new CliError(`--${name} must be a number, not ${JSON.stringify(text)}.`, EXIT.usage);
  }
  return value;
}

/**
 * `--at`: a full ISO date-time, or one without an offset taken as local time. A day the calendar does not have
 * (2026-02-30) is refused, not rolled over into the next month.
 */
function parseAt(text: string, deps: LogCommandDeps): string {
  const withSeconds = /T\d{2}:\d{2}$/.test(text) ? `${text}:00` : text;
  const date = /^(\d{4})-(\d{2})-(\d{2})T/.exec(withSeconds);
  if (date !== null && !isCalendarDate(Number(date[1]), Number(date[2]), Number(date[3]))) {
    throw new CliError(
      `--at ${JSON.stringify(text)} is not a day of the calendar (${Number(date[2]) >= 1 && Number(date[2]) <= 12 ? `${date[1]}-${date[2]} has no day ${Number(date[3])}` : `there is no month ${Number(date[2])}`}).`,
      EXIT.usage,
      'Give a real date, e.g. 2026-11-21T18:05.',
    );
  }
  if (/(Z|[+-]\d{2}:\d{2})$/.test(withSeconds)) {
    if (isIsoDateTime(withSeconds)) return withSeconds;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(withSeconds)) {
    const asUtc = Date.parse(`${withSeconds}Z`);
    if (!Number.isNaN(asUtc)) {
      const offset = deps.offsetMin(asUtc);
      return msToIso(asUtc - offset * 60_000, offset);
    }
  }
  throw new CliError(
    `--at must be a date-time like 2026-11-21T18:05 or 2026-11-21T18:05:00+01:00, not ${JSON.stringify(text)}.`,
    EXIT.usage,
  );
}

function entryError(err: unknown): never {
  if (err instanceof LogEntryError) {
    const option = FIELD_OPTION[err.field];
    const message = option ? err.message.replace(err.field, option) : err.message;
    throw new CliError(`${message}.`, EXIT.usage, 'Run `spotter log --help` for the options.');
  }
  throw err;
}

async function readReport(path: string, io: CliIo): Promise<SetAnalysis> {
  let text: string;
  try {
    text = await readTextFile(resolve(io.cwd, path));
  } catch (err) {
    if (err instanceof FileAccessError) {
      throw new CliError(
        err.message,
        EXIT.badInput,
        'Give the JSON report written by `spotter analyze --json`.',
      );
    }
    throw err;
  }
  try {
    return summarizeReport(parseReportForLogJson(text));
  } catch (err) {
    if (err instanceof TrainingLogFormatError) {
      throw new CliError(
        `${path}: ${err.message}.`,
        EXIT.badInput,
        'Give the JSON report written by `spotter analyze --json`.',
      );
    }
    throw err;
  }
}

type Values = ReturnType<typeof parseOptions<typeof OPTIONS>>['values'];

function setId(values: Values, log: TrainingLog): number {
  if (values.set !== undefined) {
    const id = number('set', values.set)!;
    if (!log.sets.some((s) => s.id === id)) {
      throw new CliError(
        `There is no set ${id} in the log.`,
        EXIT.usage,
        'See the set numbers with `spotter log show`.',
      );
    }
    return id;
  }
  const last = lastSet(log);
  if (last === undefined) {
    throw new CliError(
      'The log has no sets yet.',
      EXIT.usage,
      'Add one first: spotter log add --load KG --reps N',
    );
  }
  return last.id;
}

async function add(values: Values, io: CliIo, where: LogLocation, deps: LogCommandDeps): Promise<ExitCode> {
  const analysis =
    values['from-report'] !== undefined ? await readReport(values['from-report'], io) : undefined;
  if (values.rir !== undefined && values.rpe !== undefined) {
    throw new CliError(
      'Give --rir or --rpe, not both: they are two ways of saying how hard the set was (RPE 8 is RIR 2).',
      EXIT.usage,
      'Example: spotter log add --load 120 --reps 10 --rir 2',
    );
  }
  const loadKg = number('load', values.load);
  const reps = number('reps', values.reps) ?? analysis?.repsSeen;
  if (loadKg === undefined || reps === undefined) {
    throw new CliError(
      `Missing ${loadKg === undefined ? '--load KG' : '--reps N'}: a set needs its load and reps.`,
      EXIT.usage,
      'Example: spotter log add --load 120 --reps 10 --rir 2',
    );
  }
  const now = deps.nowMs();
  const pain: PainScores = {
    ...(values['pain-during'] !== undefined && { during: number('pain-during', values['pain-during'])! }),
    ...(values['pain-after'] !== undefined && { after: number('pain-after', values['pain-after'])! }),
  };
  const input: SetInput = {
    atIso: values.at !== undefined ? parseAt(values.at, deps) : msToIso(now, deps.offsetMin(now)),
    loadKg,
    reps,
    ...(values.target !== undefined && { targetReps: number('target', values.target)! }),
    ...(values.rir !== undefined && { rir: number('rir', values.rir)! }),
    ...(values.rpe !== undefined && { rpe: number('rpe', values.rpe)! }),
    ...(analysis !== undefined && { analysis }),
    pain,
    ...(values.notes !== undefined && { notes: values.notes }),
  };
  // Read, add and write under the log's lock: a concurrent `spotter log add` waits instead of losing a set.
  const set = await updateLogFile(where.path, (log) => {
    try {
      const added = addSet(log, input);
      return { log: added.log, result: added.set };
    } catch (err) {
      return entryError(err);
    }
  });
  if (!values.quiet) {
    io.stdout(`Logged ${formatSet(set)}\nLog: ${where.path}\n`);
    if (pain.during !== undefined && pain.during > 5) {
      io.stdout('Pain above 5/10: stop pressing today. Run `spotter triage` to check it.\n');
    }
  }
  return EXIT.ok;
}

async function pain(values: Values, io: CliIo, where: LogLocation): Promise<ExitCode> {
  const scores: PainScores = {
    ...(values.during !== undefined && { during: number('during', values.during)! }),
    ...(values.after !== undefined && { after: number('after', values.after)! }),
    ...(values['next-morning'] !== undefined && {
      nextMorning: number('next-morning', values['next-morning'])!,
    }),
  };
  if (Object.keys(scores).length === 0) {
    throw new CliError('No pain score given.', EXIT.usage, 'Example: spotter log pain --next-morning 3');
  }
  const updated = await updateLogFile(where.path, (log, exists) => {
    if (!exists)
      throw new CliError(
        `There is no training log at ${where.path} yet.`,
        EXIT.usage,
        'Add a set first: spotter log add --load KG --reps N',
      );
    const id = setId(values, log);
    try {
      const next = setPain(log, id, scores);
      return { log: next, result: next.sets.find((s) => s.id === id)! };
    } catch (err) {
      return entryError(err);
    }
  });
  if (!values.quiet) io.stdout(`Updated ${formatSet(updated)}\n`);
  return EXIT.ok;
}

async function show(values: Values, io: CliIo, where: LogLocation, nowIso: string): Promise<ExitCode> {
  const { log, exists } = await readLogFile(where.path);
  if (values.csv !== undefined) {
    await writeOutput(values.csv === '-' ? '-' : resolve(io.cwd, values.csv), trainingLogToCsv(log), io, {
      flag: '--csv',
      example: 'log.csv',
      inputs: [{ path: where.path, what: 'the training log' }],
    });
    if (values.csv === '-') return EXIT.ok;
  }
  const weeks = weeklyTrends(log, nowIso);
  const next = wordNextSession(recommendNext(log, nowIso), 'cli');
  if (values.json) {
    io.stdout(
      toJsonText({
        schemaVersion: LOG_SCHEMA_VERSION,
        nowIso,
        logPath: where.path,
        settings: log.settings,
        sets: log.sets,
        weeks,
        next,
      }),
    );
    return EXIT.ok;
  }
  if (values.quiet) return EXIT.ok;
  if (!exists || log.sets.length === 0) {
    io.stdout(`No sets logged yet (${where.path}).\nAdd one: spotter log add --load KG --reps N\n`);
    return EXIT.ok;
  }
  const recent = recentSets(log, nowIso);
  const listed = values.all ? recent : recent.slice(0, 10);
  io.stdout(
    `TRAINING LOG  ${where.path}\nrep goal ${log.settings.targetReps}, plate step ${log.settings.plateIncrementKg} kg\n\n` +
      `SETS (newest first${listed.length < recent.length ? `, ${listed.length} of ${recent.length}; --all for every set` : ''})\n${formatRecentSets(listed)}\n\n` +
      `WEEKS\n${formatTrends(weeks)}\n\n${formatNext(next)}`,
  );
  if (values.csv !== undefined) io.stdout(`\nCSV written to ${values.csv}\n`);
  return EXIT.ok;
}

async function nextCommand(values: Values, io: CliIo, where: LogLocation, nowIso: string): Promise<ExitCode> {
  const { log } = await readLogFile(where.path);
  const next = wordNextSession(recommendNext(log, nowIso), 'cli');
  if (values.json) io.stdout(toJsonText({ schemaVersion: LOG_SCHEMA_VERSION, ...next }));
  else if (!values.quiet) io.stdout(formatNext(next));
  return EXIT.ok;
}

export function createLogCommand(deps: LogCommandDeps): CommandHandler {
  return async (args, io) => {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
      (sub === undefined ? io.stderr : io.stdout)(LOG_HELP);
      return sub === undefined ? EXIT.usage : EXIT.ok;
    }
    const allowed = ALLOWED[sub];
    if (allowed === undefined || !Object.hasOwn(ALLOWED, sub)) {
      throw new CliError(
        `Unknown log command '${sub}'.`,
        EXIT.usage,
        `Log commands: ${Object.keys(ALLOWED).join(', ')}. Run \`spotter log --help\`.`,
      );
    }
    const { values } = parseOptions(rest, OPTIONS, `spotter log ${sub}`);
    if (values.help) {
      io.stdout(LOG_HELP);
      return EXIT.ok;
    }
    const stray = Object.keys(values).filter(
      (k) => !allowed.includes(k as keyof typeof OPTIONS) && !COMMON.includes(k as keyof typeof OPTIONS),
    );
    if (stray.length > 0) {
      throw new CliError(
        `\`spotter log ${sub}\` does not take --${stray[0]}.`,
        EXIT.usage,
        'Run `spotter log --help` for the options of each log command.',
      );
    }
    const where = resolveLogPath(values.log, deps.env, io.cwd, deps.homeDir());
    const now = deps.nowMs();
    const nowIso = msToIso(now, deps.offsetMin(now));
    switch (sub) {
      case 'add':
        return add(values, io, where, deps);
      case 'pain':
        return pain(values, io, where);
      case 'show':
        return show(values, io, where, nowIso);
      case 'next':
        return nextCommand(values, io, where, nowIso);
      case 'remove': {
        if (values.set === undefined)
          throw new CliError('Say which set: --set ID (see `spotter log show`).', EXIT.usage);
        const id = await updateLogFile(where.path, (log, exists) => {
          if (!exists) throw new CliError(`There is no training log at ${where.path}.`, EXIT.usage);
          const setToRemove = setId(values, log);
          return { log: removeSet(log, setToRemove), result: setToRemove };
        });
        if (!values.quiet) io.stdout(`Removed set ${id}.\n`);
        return EXIT.ok;
      }
      default:
        io.stdout(`${where.path}\n`);
        return EXIT.ok;
    }
  };
}

/** The command as dispatched by `spotter log` (run-cli.ts). */
export const logCommand: CommandHandler = createLogCommand(nodeDeps);
