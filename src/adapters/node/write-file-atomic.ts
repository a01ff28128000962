import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError, FileAccessError } from './file-access-error.js';

/**
 * Writes a file so that it is either complete or absent: the text goes to a temporary file beside the target,
 * which is then renamed over it (atomic on one file system). A failure removes the temporary file.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    const { reason, text: why } = describeFsError(err);
    throw new FileAccessError(reason, path, `Cannot write ${path}: ${why}.`);
  }
}
