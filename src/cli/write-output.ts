import type { CliIo } from './command.js';
import { Outputs, type InputRequest } from './outputs.js';

function isFlatArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
}

/**
 * JSON text indented two spaces, except that arrays of plain values (frame lists, series) stay on one line so
 * a report stays readable. Same data as JSON.stringify: NaN and Infinity become null.
 */
export function toJsonText(value: unknown): string {
  const normalized: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
  const write = (v: unknown, indent: string): string => {
    if (isFlatArray(v)) return JSON.stringify(v).replace(/,/g, ', ');
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((item) => inner + write(item, inner)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    const body = entries.map(([k, item]) => `${inner}${JSON.stringify(k)}: ${write(item, inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
  };
  return `${write(normalized, '')}\n`;
}

export interface WriteOutputOptions {
  /** The option that named the path, for messages (default "the output file"). */
  readonly flag?: string;
  /** A file name to suggest in hints. */
  readonly example?: string;
  /** Files the command read, which the output must not replace (e.g. the training log). */
  readonly inputs?: readonly InputRequest[];
}

/**
 * Writes one output `text` to `path` (relative to `io.cwd`), or to standard output when `path` is "-", under
 * the output policy of outputs.ts. Commands with several outputs use `Outputs` directly, to check them all
 * before working and write them together.
 */
export async function writeOutput(
  path: string,
  text: string,
  io: CliIo,
  options: WriteOutputOptions = {},
): Promise<void> {
  const flag = options.flag ?? 'the output file';
  const outputs = await Outputs.check(io, {
    inputs: options.inputs ?? [],
    outputs: [{ flag, path, example: options.example ?? 'out.txt' }],
  });
  await outputs.stage(flag, text);
  await outputs.commit(io);
}
