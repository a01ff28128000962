/**
 * Where the training log lives and how the CLI reads and writes it. Default: $SPOTTER_LOG, else
 * $XDG_DATA_HOME/spotter/log.json, else ~/.local/share/spotter/log.json; --log FILE wins over all. Writes are
 * atomic; a log that cannot be read is never overwritten; every change is a read-modify-write under the log's
 * lock (updateLogFile), so concurrent `spotter log` commands queue instead of losing each other's sets.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { FileAccessError } from '../../adapters/node/file-access-error.js';
import { FileLockLostError, FileLockTimeoutError, withFileLock } from '../../adapters/node/file-lock.js';
import { readTextFile } from '../../adapters/node/read-text-file.js';
import { writeFileAtomic } from '../../adapters/node/write-file-atomic.js';
import { parseTrainingLogJson } from '../../formats/training-log/parse-training-log.js';
import { serializeTrainingLog } from '../../formats/training-log/serialize-training-log.js';
import { TrainingLogFormatError } from '../../formats/training-log/training-log-format-error.js';
import { emptyLog, type TrainingLog } from '../../log/index.js';
import { CliError, EXIT } from '../command.js';

export interface LogLocation {
  readonly path: string;
  /** How it was chosen, for `spotter log path` and messages. */
  readonly from: '--log' | 'SPOTTER_LOG' | 'XDG_DATA_HOME' | 'home';
}

/** The log file to use (pure: environment and folders are inputs). */
export function resolveLogPath(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  homeDir: string,
): LogLocation {
  if (option !== undefined && option !== '') return { path: resolve(cwd, option), from: '--log' };
  const fromEnv = env['SPOTTER_LOG'];
  if (fromEnv !== undefined && fromEnv !== '') return { path: resolve(cwd, fromEnv), from: 'SPOTTER_LOG' };
  const xdg = env['XDG_DATA_HOME'];
  // The XDG spec says to ignore a relative XDG_DATA_HOME.
  if (xdg !== undefined && isAbsolute(xdg))
    return { path: join(xdg, 'spotter', 'log.json'), from: 'XDG_DATA_HOME' };
  return { path: join(homeDir, '.local', 'share', 'spotter', 'log.json'), from: 'home' };
}

/** The log at `path`; an empty log when the file does not exist yet (`exists` says which). */
export async function readLogFile(path: string): Promise<{ log: TrainingLog; exists: boolean }> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (err) {
    if (err instanceof FileAccessError && err.reason === 'not_found')
      return { log: emptyLog(), exists: false };
    if (err instanceof FileAccessError) {
      throw new CliError(err.message, EXIT.badInput, 'Check the path given by --log or SPOTTER_LOG.');
    }
    throw err;
  }
  try {
    return { log: parseTrainingLogJson(text), exists: true };
  } catch (err) {
    if (err instanceof TrainingLogFormatError) {
      throw new CliError(
        `the training log ${path} cannot be read: ${err.message}.`,
        EXIT.badInput,
        'Spotter has not changed it. Fix it by hand (the format is in docs/log.md), or move it away to start a new log.',
      );
    }
    throw err;
  }
}

export async function writeLogFile(path: string, log: TrainingLog): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, serializeTrainingLog(log));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CliError(
      err instanceof FileAccessError ? err.message : `Cannot write ${path}: ${why}.`,
      EXIT.badInput,
      'Choose a writable place with --log FILE or SPOTTER_LOG.',
    );
  }
}

/**
 * Changes the log at `path` under its lock: reads it (an empty log when there is none yet), lets `edit` return
 * the new log and a result, writes it, and returns the result. Another `spotter` changing the same log waits
 * for the lock, so no set is lost; one that waits too long fails with a message naming the lock.
 */
export async function updateLogFile<T>(
  path: string,
  edit: (log: TrainingLog, exists: boolean) => { readonly log: TrainingLog; readonly result: T },
): Promise<T> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CliError(
      `Cannot create the folder of ${path}: ${why}.`,
      EXIT.badInput,
      'Choose a writable place with --log FILE or SPOTTER_LOG.',
    );
  }
  try {
    return await withFileLock(path, async (assertHeld) => {
      const { log, exists } = await readLogFile(path);
      const { log: next, result } = edit(log, exists);
      assertHeld();
      await writeLogFile(path, next);
      return result;
    });
  } catch (err) {
    if (err instanceof FileLockTimeoutError) {
      throw new CliError(
        `${err.message}`,
        EXIT.badInput,
        `Try again in a moment. If no other spotter is running, remove ${err.lockPath} and try again.`,
      );
    }
    if (err instanceof FileLockLostError) {
      throw new CliError(`Nothing was written: ${err.message}`, EXIT.badInput, 'Try again.');
    }
    throw err;
  }
}
