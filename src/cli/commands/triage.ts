/**
 * `spotter triage`: back-pain questions in, "emergency / today / see a clinician / look after it yourself"
 * out, with the reasons and, when training advice is allowed, the coach's plan. Answers come from a JSON
 * file (docs/triage-answers.md) or, in a terminal, from questions asked one at a time.
 */
import type { PromptResult } from '../../adapters/node/prompt-answers.js';
import { buildPlan, type ParsedAnswers, triage } from '../../coach/index.js';
import { presentPlan } from '../../present/terminal/format-plan.js';
import { presentTriage } from '../../present/terminal/format-triage.js';
import { EMERGENCY_SIGNS, wordPlan, wordTriage } from '../../present/vocabulary/index.js';
import { CliError, EXIT, type CommandHandler } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { readAnswers } from '../read-answers.js';
import { Outputs } from '../outputs.js';
import { toJsonText } from '../write-output.js';

export const TRIAGE_SCHEMA_VERSION = 1;

export const TRIAGE_HELP = `Usage:
  spotter triage --answers answers.json [--json out.json] [--quiet]
  spotter triage                        (in a terminal: answer the questions one by one)

Checks back pain after leg pressing against the NICE/NHS red-flag lists and says whether to get
emergency care now, medical advice today, see a doctor or physiotherapist, or look after it yourself,
with the reasons. When training advice is safe it adds a plan: relief, setup, prehab, alternatives.
Not a diagnosis.

Options:
  --answers FILE   answers as JSON (fields: docs/triage-answers.md)
  --json FILE      also write the result as JSON to FILE ("-" writes it to standard output instead of text)
  -q, --quiet      print nothing but errors
  -h, --help       show this help

Example:
  spotter triage --answers answers.json --json triage.json
`;

const OPTIONS = {
  answers: { type: 'string' },
  json: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface TriageCommandDeps {
  /** Whether standard input is an interactive terminal (interactive mode needs it). */
  readonly stdinIsTTY: () => boolean;
  /** Asks the questions one by one, writing prompts with `write`. */
  readonly promptAnswers: (write: (text: string) => void) => Promise<PromptResult>;
}

const nodeDeps: TriageCommandDeps = {
  stdinIsTTY: () => process.stdin.isTTY === true,
  promptAnswers: async (write) => {
    const { promptTriageAnswers } = await import('../../adapters/node/prompt-answers.js');
    return promptTriageAnswers(process.stdin, write);
  },
};

export function createTriageCommand(deps: TriageCommandDeps): CommandHandler {
  return async (args, io) => {
    const { values } = parseOptions(args, OPTIONS, 'spotter triage');
    if (values.help) {
      io.stdout(TRIAGE_HELP);
      return EXIT.ok;
    }

    const outputs = await Outputs.check(io, {
      inputs: [{ path: values.answers, what: 'the answers file (--answers)' }],
      outputs: [{ flag: '--json', path: values.json, example: 'triage.json' }],
    });
    let parsed: ParsedAnswers;
    if (values.answers !== undefined) {
      parsed = await readAnswers(values.answers, io);
    } else if (io.isTTY && deps.stdinIsTTY()) {
      const prompted = await deps.promptAnswers(io.stdout);
      parsed = { answers: prompted.answers, ignoredFields: [] };
      if (prompted.stoppedEarly && triage(prompted.answers).level !== 'emergency') {
        io.stdout(
          'You stopped before the last question; Spotter treats unanswered questions with caution.\n\n',
        );
      }
    } else {
      throw new CliError(
        'No answers: give --answers answers.json, or run `spotter triage` in a terminal to answer the questions one by one.',
        EXIT.usage,
        `The fields are described in docs/triage-answers.md. If you have ${EMERGENCY_SIGNS}, get emergency care now.`,
      );
    }
    if (parsed.ignoredFields.length > 0) {
      io.stderr(
        `spotter: ignored unknown answer fields: ${parsed.ignoredFields.join(', ')} (check the spelling).\n`,
      );
    }

    const result = triage(parsed.answers);
    const words = wordTriage(result, 'cli');
    const plan = result.trainingAdviceAllowed ? wordPlan(buildPlan({ triage: result }), 'cli') : null;
    if (values.json !== undefined) {
      const doc = {
        schemaVersion: TRIAGE_SCHEMA_VERSION,
        ...words,
        ignoredFields: parsed.ignoredFields,
        plan,
      };
      await outputs.stage('--json', toJsonText(doc));
      await outputs.commit(io);
    }
    if (!values.quiet && values.json !== '-') {
      io.stdout(presentTriage(words));
      if (plan) {
        io.stdout(
          `\nYOUR PLAN\n\n${presentPlan(plan, { showHeadline: false, omitSections: ['see_someone'], showNote: false })}`,
        );
      }
      if (values.json !== undefined) io.stdout(`\nJSON written to ${values.json}\n`);
    }
    return EXIT.ok;
  };
}

/** The command as dispatched by `spotter triage` (run-cli.ts). */
export const triageCommand: CommandHandler = createTriageCommand(nodeDeps);
