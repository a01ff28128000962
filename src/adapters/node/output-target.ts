/**
 * What writing a file at a path would really replace. Spotter's writers replace only regular files: a symbolic
 * link is followed (its target is replaced, the link kept), and a folder, named pipe, device or socket is never
 * replaced. Inspection only stats the path: it never opens it, so a FIFO cannot block it.
 */
import { constants } from 'node:fs';
import { access, lstat, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { describeFsError, FileAccessError } from './file-access-error.js';

/** The file at an output path now, when there is one (owner and mode are kept when it is replaced). */
export interface ExistingFile {
  readonly dev: number;
  readonly ino: number;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

export interface OutputTarget {
  /** The path asked for, absolute. */
  readonly path: string;
  /** The file really written: symbolic links followed, its folder canonical (realpath). */
  readonly target: string;
  /** The regular file there now; undefined when the target does not exist yet. */
  readonly existing?: ExistingFile;
}

const MAX_LINK_HOPS = 40;
/**
 * Links to a process's open files (/dev/stdout, /dev/fd/1, /proc/self/fd/1): renaming over the file they lead
 * to would not write into the open file but replace, say, the file the shell redirected standard output to.
 */
const FILE_DESCRIPTOR_PATH =
  /^\/(?:dev\/(?:fd\/\d+|stdout|stderr|stdin)|proc\/(?:self|thread-self|\d+)(?:\/task\/\d+)?\/fd\/\d+)$/;

function kindOf(info: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refuse(reason: FileAccessError['reason'], path: string, why: string): never {
  throw new FileAccessError(reason, path, `Cannot write ${path}: ${why}.`, why);
}

/** Follows symbolic links from `path` to the path of the file they end at, which may not exist yet. */
async function followLinks(path: string): Promise<string> {
  let current = path;
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    let info;
    try {
      info = await lstat(current);
    } catch (err) {
      if ((err as { code?: unknown }).code === 'ENOENT') return current;
      throw err;
    }
    if (!info.isSymbolicLink()) return current;
    if (FILE_DESCRIPTOR_PATH.test(current)) {
      refuse('not_regular', path, 'it is an open file descriptor (such as /dev/stdout), not a file path');
    }
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/**
 * Where a write to `path` would land and what is there now. Throws FileAccessError, saying why in plain words,
 * when the path is a folder, a FIFO, a device or a socket, when its folder does not exist or is not writable,
 * or when the file there is read-only. A relative `given` is relative to `cwd`.
 */
export async function inspectOutputPath(given: string, cwd: string = process.cwd()): Promise<OutputTarget> {
  const path = resolve(cwd, given);
  if (given.endsWith('/') || given.endsWith(sep))
    refuse('is_directory', given, 'it names a folder, not a file');
  // What the path ends at, through every link (also the kernel's own, such as /dev/stdout -> pipe:[n]).
  const now = await stat(path).catch(() => undefined);
  if (now?.isDirectory()) refuse('is_directory', given, 'it is a folder, not a file');
  if (now !== undefined && !now.isFile())
    refuse('not_regular', given, `it is ${kindOf(now)}, not a regular file`);
  let followed: string;
  try {
    followed = await followLinks(path);
  } catch (err) {
    if (err instanceof FileAccessError)
      throw new FileAccessError(err.reason, given, `Cannot write ${given}: ${err.why}.`, err.why);
    const { reason, text } = describeFsError(err);
    return refuse(reason, given, text);
  }
  const folder = dirname(followed);
  let realFolder: string;
  try {
    realFolder = await realpath(folder);
    if (!(await stat(realFolder)).isDirectory()) refuse('not_found', given, `${folder} is not a folder`);
  } catch (err) {
    if (err instanceof FileAccessError) throw err;
    const { reason, text } = describeFsError(err);
    if (reason === 'not_found') refuse('not_found', given, `its folder ${folder} does not exist`);
    return refuse(reason, given, text);
  }
  const target = join(realFolder, basename(followed));
  let existing: ExistingFile | undefined;
  try {
    const info = await lstat(target);
    if (info.isDirectory()) refuse('is_directory', given, 'it is a folder, not a file');
    if (!info.isFile()) refuse('not_regular', given, `it is ${kindOf(info)}, not a regular file`);
    existing = { dev: info.dev, ino: info.ino, mode: info.mode, uid: info.uid, gid: info.gid };
  } catch (err) {
    if (err instanceof FileAccessError) throw err;
    if ((err as { code?: unknown }).code !== 'ENOENT') {
      const { reason, text } = describeFsError(err);
      refuse(reason, given, text);
    }
  }
  try {
    await access(realFolder, constants.W_OK | constants.X_OK);
  } catch {
    refuse('permission', given, `its folder ${folder} is not writable`);
  }
  if (existing !== undefined) {
    try {
      await access(target, constants.W_OK);
    } catch {
      refuse('permission', given, 'the file is read-only');
    }
  }
  return { path, target, ...(existing !== undefined && { existing }) };
}

/** Throws when something other than a regular file appeared at `target` since it was inspected. */
export async function assertStillReplaceable(given: string, target: string): Promise<void> {
  let info;
  try {
    info = await lstat(target);
  } catch {
    return; // gone or never there: the rename creates it
  }
  if (info.isDirectory()) refuse('is_directory', given, 'it is a folder, not a file');
  if (!info.isFile()) refuse('not_regular', given, `it is ${kindOf(info)}, not a regular file`);
}
