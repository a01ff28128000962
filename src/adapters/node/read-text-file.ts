import { readFile, stat } from 'node:fs/promises';
import { describeFsError, FileAccessError } from './file-access-error.js';

import { MAX_TEXT_BYTES } from './track-memory-limit.js';

/**
 * Reads a UTF-8 text file; failures become FileAccessError with a plain reason. Files over `maxBytes` (default:
 * V8's string limit) are refused before reading, with `tooLargeMessage` when given.
 */
export async function readTextFile(
  path: string,
  limit: { maxBytes?: number; tooLargeMessage?: (sizeBytes: number) => string } = {},
): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const maxBytes = Math.min(limit.maxBytes ?? MAX_TEXT_BYTES, MAX_TEXT_BYTES);
    if (info.size > maxBytes) {
      const text = limit.tooLargeMessage?.(info.size) ?? `Cannot read ${path}: it is larger than 500 MB.`;
      throw new FileAccessError('too_large', path, text);
    }
    return await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof FileAccessError) throw err;
    const { reason, text } = describeFsError(err);
    throw new FileAccessError(reason, path, `Cannot read ${path}: ${text}.`);
  }
}
