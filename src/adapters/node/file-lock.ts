/**
 * One lock for one file across processes (proper-lockfile: an atomic `mkdir` of `<file>.lock` beside it), held
 * around a read-modify-write so that concurrent writers queue instead of overwriting each other's changes.
 * The lock's mtime is refreshed while it is held; a lock left by a process that died is stale after
 * `staleMs` and taken over; a live holder that keeps it past `timeoutMs` makes the waiter give up with a
 * FileLockTimeoutError that says which lock to remove if no other process is running.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';

export interface FileLockOptions {
  /** Give up waiting for the lock after this long (default 15 s). */
  readonly timeoutMs?: number;
  /** A lock not refreshed for this long was left by a dead process and is taken over (default 10 s). */
  readonly staleMs?: number;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 15_000;
export const DEFAULT_LOCK_STALE_MS = 10_000;

/** Another process held the lock for longer than the timeout. */
export class FileLockTimeoutError extends Error {
  constructor(
    readonly path: string,
    readonly lockPath: string,
    readonly timeoutMs: number,
  ) {
    super(
      `${path} is being changed by another process: its lock ${lockPath} was still held after ${Math.round(timeoutMs / 1000)} s.`,
    );
    this.name = 'FileLockTimeoutError';
  }
}

/** The lock held by this process was taken over (it went stale while held): nothing was written. */
export class FileLockLostError extends Error {
  constructor(readonly path: string) {
    super(`the lock on ${path} was lost while it was being changed (the system was too busy to keep it).`);
    this.name = 'FileLockLostError';
  }
}

/**
 * The path every process locks for `path`: symbolic links resolved, so two names of one file share one lock
 * (for a file not created yet, its folder's real path).
 */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    try {
      return join(await realpath(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/**
 * Runs `fn` while holding the lock of `path` (whose folder must exist). `fn` receives `assertHeld`, to call
 * just before it writes: it throws FileLockLostError if the lock was taken over meanwhile.
 */
export async function withFileLock<T>(
  path: string,
  fn: (assertHeld: () => void) => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const staleMs = options.staleMs ?? DEFAULT_LOCK_STALE_MS;
  const file = await canonical(path);
  const lockPath = `${file}.lock`;
  let lost = false;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      lockfilePath: lockPath,
      stale: staleMs,
      update: Math.max(1000, Math.floor(staleMs / 4)),
      retries: {
        retries: 10_000,
        factor: 1.3,
        minTimeout: 10,
        maxTimeout: 250,
        randomize: true,
        maxRetryTime: timeoutMs,
      },
      onCompromised: () => {
        lost = true;
      },
    });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ELOCKED')
      throw new FileLockTimeoutError(path, lockPath, timeoutMs);
    throw err;
  }
  try {
    return await fn(() => {
      if (lost) throw new FileLockLostError(path);
    });
  } finally {
    // Releasing a lock that was taken over fails; the other holder owns it now.
    await release().catch(() => undefined);
  }
}
