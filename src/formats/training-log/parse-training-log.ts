/**
 * Reads a training log from its JSON text (docs/log.md). Throws TrainingLogFormatError naming what is wrong and
 * where: not JSON, truncated, another format or version, a bad field, duplicate set ids.
 */
import type { z } from 'zod';
import { sortSets, type LoggedSet, type TrainingLog } from '../../log/index.js';
import { withoutByteOrderMark } from '../byte-order-mark.js';
import { checkFormatIdentity, type FormatIdentity } from '../check-format-identity.js';
import { formatPath, valueAt } from '../json-path.js';
import { SUPPORTED_TRAINING_LOG_VERSIONS, TRAINING_LOG_FORMAT_ID } from './constants.js';
import { trainingLogSchema } from './schema.js';
import { TrainingLogFormatError } from './training-log-format-error.js';

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

function describeIssue(issue: z.core.$ZodIssue, doc: unknown): string {
  const input = valueAt(doc, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? `is missing (a ${issue.expected})`
        : `must be a ${issue.expected}, not ${describeValue(input)}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const op = issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
      return issue.origin === 'string'
        ? `is too long (at most ${String(bound)} characters)`
        : `must be ${op} ${String(bound)}, not ${describeValue(input)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'not_multiple_of':
      return `must be a whole number, not ${describeValue(input)}`;
    default:
      return `${issue.message}${input !== undefined ? `, not ${describeValue(input)}` : ''}`;
  }
}

function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new TrainingLogFormatError('the file is empty; expected a JSON training log');
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const match = /position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) : undefined;
    if (
      /Unexpected end of JSON input/.test(message) ||
      (offset !== undefined && offset >= text.trimEnd().length)
    ) {
      throw new TrainingLogFormatError(
        'the JSON ends early; the file looks truncated (was it fully written?)',
      );
    }
    const line = offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
    const detail = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, ".*" is not valid JSON$/, '');
    throw new TrainingLogFormatError(
      `the file is not valid JSON${line === undefined ? '' : ` at line ${line}`}: ${detail}`,
      line === undefined ? '' : `line ${line}`,
    );
  }
}

const IDENTITY: FormatIdentity = {
  kind: 'training log',
  formatId: TRAINING_LOG_FORMAT_ID,
  supportedVersions: SUPPORTED_TRAINING_LOG_VERSIONS,
  describeValue,
  error: (message, where) => new TrainingLogFormatError(message, where),
};

/** Validates an already parsed JSON value as a training log. */
export function parseTrainingLogValue(doc: unknown): TrainingLog {
  checkFormatIdentity(doc, IDENTITY);
  const result = trainingLogSchema.safeParse(doc);
  if (!result.success) {
    const issues = result.error.issues;
    const first = issues[0]!;
    const where = formatPath(first.path);
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    throw new TrainingLogFormatError(`${where || 'the log'} ${describeIssue(first, doc)}${more}`, where);
  }
  const seen = new Map<number, number>();
  result.data.sets.forEach((set, i) => {
    const before = seen.get(set.id);
    if (before !== undefined) {
      throw new TrainingLogFormatError(
        `sets[${i}].id ${set.id} is used twice (also by sets[${before}]); set ids must be unique`,
        `sets[${i}].id`,
      );
    }
    seen.set(set.id, i);
  });
  return { settings: result.data.settings, sets: sortSets(result.data.sets as LoggedSet[]) };
}

export function parseTrainingLogJson(text: string): TrainingLog {
  return parseTrainingLogValue(parseJsonText(withoutByteOrderMark(text)));
}
