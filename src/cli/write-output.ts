import { FileAccessError } from '../adapters/node/file-access-error.js';
import { writeFileAtomic } from '../adapters/node/write-file-atomic.js';
import { CliError, EXIT, type CliIo } from './command.js';

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

/** Writes `text` to `path` atomically, or to stdout when `path` is "-". */
export async function writeOutput(path: string, text: string, io: CliIo): Promise<void> {
  if (path === '-') {
    io.stdout(text);
    return;
  }
  try {
    await writeFileAtomic(path, text);
  } catch (err) {
    if (err instanceof FileAccessError) {
      throw new CliError(
        err.message,
        EXIT.badInput,
        'Choose a writable path for --json (its folder must exist).',
      );
    }
    throw err;
  }
}
