import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError, FileAccessError } from './file-access-error.js';
import { assertStillReplaceable, inspectOutputPath } from './output-target.js';

/** A file being written beside its target; it appears at the target only on `commit`. */
export interface AtomicWrite {
  /** The file that `commit` replaces (symbolic links followed). */
  readonly target: string;
  /** Appends text (UTF-8) to the temporary file. */
  write(text: string): Promise<void>;
  /** Flushes the temporary file to disk and renames it over the target. */
  commit(): Promise<void>;
  /** Removes the temporary file; a no-op after commit. */
  discard(): Promise<void>;
}

function accessError(path: string, err: unknown): FileAccessError {
  if (err instanceof FileAccessError) return err;
  const { reason, text } = describeFsError(err);
  return new FileAccessError(reason, path, `Cannot write ${path}: ${text}.`, text);
}

async function writeAll(handle: FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

/** Best effort: a rename is durable only once its folder is flushed too (not possible on every system). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (handle === undefined) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

/**
 * Starts writing `path` so that it ends up either complete or unchanged. The output policy
 * (output-target.ts) holds: a symbolic link is written through (its target replaced, the link kept), the
 * existing file's permissions (and, where allowed, owner) are kept, and a folder, FIFO, device or socket is
 * never replaced. The text goes to a temporary file in the target's folder, flushed to disk, then renamed
 * over the target (atomic on one file system).
 */
export async function beginAtomicWrite(path: string): Promise<AtomicWrite> {
  const { target, existing } = await inspectOutputPath(path);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  let handle: FileHandle | undefined;
  let done = false;
  const cleanUp = async () => {
    done = true;
    await handle?.close().catch(() => undefined);
    handle = undefined;
    await rm(temp, { force: true }).catch(() => undefined);
  };
  try {
    handle = await open(temp, 'wx', existing !== undefined ? existing.mode & 0o777 : 0o666);
    if (existing !== undefined) {
      await handle.chmod(existing.mode & 0o777); // the umask must not narrow or widen a kept mode
      const { uid, gid } = await handle.stat();
      if (uid !== existing.uid || gid !== existing.gid) {
        await handle.chown(existing.uid, existing.gid).catch(() => undefined); // only root may give files away
      }
    }
  } catch (err) {
    await cleanUp();
    throw accessError(path, err);
  }
  return {
    target,
    write: async (text) => {
      if (done || handle === undefined) throw new Error(`write after commit or discard of ${path}`);
      try {
        await writeAll(handle, text);
      } catch (err) {
        await cleanUp();
        throw accessError(path, err);
      }
    },
    commit: async () => {
      if (done || handle === undefined) throw new Error(`commit after commit or discard of ${path}`);
      try {
        await handle.sync();
        await handle.close();
        handle = undefined;
        await assertStillReplaceable(path, target);
        await rename(temp, target);
        done = true;
      } catch (err) {
        await cleanUp();
        throw accessError(path, err);
      }
      await syncFolder(dirname(target));
    },
    discard: async () => {
      if (!done) await cleanUp();
    },
  };
}

/**
 * Writes a file so that it is either complete or unchanged, under the output policy of `beginAtomicWrite`.
 * A failure removes the temporary file and throws FileAccessError saying why.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const file = await beginAtomicWrite(path);
  await file.write(text);
  await file.commit();
}
