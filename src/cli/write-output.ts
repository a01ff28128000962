import { FileAccessError } from '../adapters/node/file-access-error.js';
import { writeFileAtomic } from '../adapters/node/write-file-atomic.js';
import { CliError, EXIT, type CliIo } from './command.js';

/** JSON text with a trailing newline; NaN becomes null (JSON has no NaN). */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
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
