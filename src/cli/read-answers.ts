/** Reads and validates a triage answers file for `spotter triage` and `spotter analyze --answers`. */
import { resolve } from 'node:path';
import { FileAccessError } from '../adapters/node/file-access-error.js';
import { readTextFile } from '../adapters/node/read-text-file.js';
import { parseTriageAnswers, TriageAnswersError, type ParsedAnswers } from '../coach/index.js';
import { withoutByteOrderMark } from '../formats/byte-order-mark.js';
import { careDespiteInvalid } from '../present/terminal/format-triage.js';
import { CliError, EXIT, type CliIo } from './command.js';

export async function readAnswers(path: string, io: CliIo): Promise<ParsedAnswers> {
  let text: string;
  try {
    text = await readTextFile(resolve(io.cwd, path));
  } catch (err) {
    if (err instanceof FileAccessError) {
      throw new CliError(err.message, EXIT.badInput, 'Check the path after --answers.');
    }
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(withoutByteOrderMark(text));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CliError(
      `${path} is not valid JSON: ${why}.`,
      EXIT.badInput,
      'The fields are described in docs/triage-answers.md.',
    );
  }
  try {
    return parseTriageAnswers(raw);
  } catch (err) {
    if (err instanceof TriageAnswersError) {
      // A red flag among the answers that could be read is said here, with the error: never held back by it.
      throw new CliError(
        `${path}: ${err.message}`,
        EXIT.badInput,
        `${careDespiteInvalid(err)}\nFix the answer named above to get the full result; the fields are described in docs/triage-answers.md.`,
      );
    }
    throw err;
  }
}
