import { readFile, stat } from 'node:fs/promises';
import { describeFsError, FileAccessError } from './file-access-error.js';

/** V8's maximum string length is ~512 MiB; refuse earlier with a clear message instead of a crash. */
const MAX_TEXT_BYTES = 500 * 1024 * 1024;

/** Reads a UTF-8 text file; failures become FileAccessError with a plain reason. */
export async function readTextFile(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > MAX_TEXT_BYTES) {
      throw new FileAccessError('too_large', path, `Cannot read ${path}: it is larger than 500 MB.`);
    }
    return await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof FileAccessError) throw err;
    const { reason, text } = describeFsError(err);
    throw new FileAccessError(reason, path, `Cannot read ${path}: ${text}.`);
  }
}
