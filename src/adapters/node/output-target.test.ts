/**
 * The output policy of every Spotter writer, on real files: symbolic links written through, modes kept, and
 * folders, FIFOs, devices and open file descriptors never replaced (docs/reliability.md).
 */
import { execFileSync } from 'node:child_process';
import {
  chmod,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KeypointTrack } from '../../engine/index.js';
import { FileAccessError } from './file-access-error.js';
import { inspectOutputPath } from './output-target.js';
import { writeTrackFile } from './pose-pool/write-track-file.js';
import { beginAtomicWrite, writeFileAtomic } from './write-file-atomic.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spotter-out-'));
});

const isRoot = process.getuid?.() === 0;
const temps = async () => (await readdir(dir)).filter((n) => n.endsWith('.tmp'));

async function refusal(promise: Promise<unknown>): Promise<FileAccessError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FileAccessError);
  return err as FileAccessError;
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

describe('symbolic links are written through', () => {
  it('replaces the file a link points to and keeps the link', async () => {
    await mkdir(join(dir, 'real'));
    const real = join(dir, 'real', 'log.json');
    await writeFile(real, 'old');
    await symlink(real, join(dir, 'log.json'));
    await writeFileAtomic(join(dir, 'log.json'), 'new');
    expect((await lstat(join(dir, 'log.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'log.json'))).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new');
    expect(await temps()).toEqual([]);
    expect(await readdir(join(dir, 'real'))).toEqual(['log.json']);
  });

  it('follows a chain of relative links, and creates the target of a dangling one', async () => {
    await symlink('b.json', join(dir, 'a.json'));
    await symlink('c.json', join(dir, 'b.json'));
    await writeFileAtomic(join(dir, 'a.json'), 'made');
    expect(await readFile(join(dir, 'c.json'), 'utf8')).toBe('made');
    expect((await lstat(join(dir, 'a.json'))).isSymbolicLink()).toBe(true);
    expect((await lstat(join(dir, 'b.json'))).isSymbolicLink()).toBe(true);
  });

  it('reports the canonical target, so two names of one file compare equal', async () => {
    await writeFile(join(dir, 'x.json'), '1');
    await symlink(join(dir, 'x.json'), join(dir, 'y.json'));
    const [x, y] = await Promise.all([
      inspectOutputPath(join(dir, 'x.json')),
      inspectOutputPath('y.json', dir),
    ]);
    expect(y.target).toBe(x.target);
    expect(y.existing?.ino).toBe(x.existing?.ino);
  });

  it('refuses a link loop with a plain reason', async () => {
    await symlink('loop2', join(dir, 'loop1'));
    await symlink('loop1', join(dir, 'loop2'));
    expect((await refusal(writeFileAtomic(join(dir, 'loop1'), 'x'))).message).toMatch(
      /points back to itself/,
    );
  });
});

describe('the existing file keeps its mode', () => {
  it.each([0o600, 0o640, 0o755])('mode %o is kept when the file is replaced', async (mode) => {
    const file = join(dir, 'log.json');
    await writeFile(file, 'old');
    await chmod(file, mode);
    await writeFileAtomic(file, 'new');
    expect((await stat(file)).mode & 0o777).toBe(mode);
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('through a symbolic link too', async () => {
    await writeFile(join(dir, 'private.json'), 'old');
    await chmod(join(dir, 'private.json'), 0o600);
    await symlink('private.json', join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), 'new');
    expect((await stat(join(dir, 'private.json'))).mode & 0o777).toBe(0o600);
  });

  it('a new file gets the usual mode for new files (umask applied)', async () => {
    const umask = process.umask();
    await writeFileAtomic(join(dir, 'new.json'), 'x');
    expect((await stat(join(dir, 'new.json'))).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('the streamed track file keeps the mode and follows links as well', async () => {
    await writeFile(join(dir, 'track-real.json'), 'old');
    await chmod(join(dir, 'track-real.json'), 0o600);
    await symlink('track-real.json', join(dir, 'track.json'));
    const meta: Omit<KeypointTrack, 'frames'> = {
      landmarkSet: 'movenet17',
      imageWidthPx: 64,
      imageHeightPx: 48,
    };
    const pending = await writeTrackFile(join(dir, 'track.json'), meta, 3, (i) => ({
      tS: i,
      keypoints: Array.from({ length: 17 }, () => null),
    }));
    await pending.commit();
    expect((await lstat(join(dir, 'track.json'))).isSymbolicLink()).toBe(true);
    expect((await stat(join(dir, 'track-real.json'))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, 'track-real.json'), 'utf8')).toContain('"frames"');
  });
});

describe('only regular files are replaced', () => {
  it('a FIFO is refused without opening it (no hang) and stays a FIFO', async () => {
    const fifo = join(dir, 'out.json');
    mkfifo(fifo);
    const err = await refusal(writeFileAtomic(fifo, 'x'));
    expect(err.reason).toBe('not_regular');
    expect(err.message).toMatch(/named pipe \(FIFO\), not a regular file/);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect(await temps()).toEqual([]);
  });

  it('a link to a FIFO is refused too', async () => {
    mkfifo(join(dir, 'pipe'));
    await symlink('pipe', join(dir, 'out.json'));
    expect((await refusal(writeFileAtomic(join(dir, 'out.json'), 'x'))).reason).toBe('not_regular');
    expect((await lstat(join(dir, 'pipe'))).isFIFO()).toBe(true);
  });

  // Inspection only: these paths are never written, even if the policy regressed.
  it.each(['/dev/null', '/dev/full'])('a character device (%s) is refused', async (device) => {
    const err = await refusal(inspectOutputPath(device));
    expect(err.reason).toBe('not_regular');
    expect(err.why).toBe('it is a device, not a regular file');
  });

  it.each(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/2'])(
    'an open file descriptor (%s) is refused: renaming over it would replace a redirect target',
    async (path) => {
      const err = await refusal(inspectOutputPath(path));
      expect(err.reason).toBe('not_regular');
    },
  );

  it('a folder is refused and keeps its content; so is a path ending in a slash', async () => {
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'out', 'keep'), 'k');
    expect((await refusal(writeFileAtomic(join(dir, 'out'), 'x'))).reason).toBe('is_directory');
    expect(await readFile(join(dir, 'out', 'keep'), 'utf8')).toBe('k');
    expect((await refusal(inspectOutputPath('new-folder/', dir))).why).toBe('it names a folder, not a file');
  });

  it('a missing folder is named', async () => {
    const err = await refusal(writeFileAtomic(join(dir, 'missing', 'out.json'), 'x'));
    expect(err.reason).toBe('not_found');
    expect(err.why).toBe(`its folder ${join(dir, 'missing')} does not exist`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a FIFO that appears while the file is being written is not replaced at commit', async () => {
    const path = join(dir, 'out.json');
    const write = await beginAtomicWrite(path);
    await write.write('x');
    mkfifo(path);
    expect((await refusal(write.commit())).reason).toBe('not_regular');
    expect((await lstat(path)).isFIFO()).toBe(true);
    expect(await temps()).toEqual([]);
  });

  it.skipIf(isRoot)('a read-only file or folder is refused (root may write anywhere)', async () => {
    await writeFile(join(dir, 'locked.json'), 'keep');
    await chmod(join(dir, 'locked.json'), 0o444);
    expect((await refusal(writeFileAtomic(join(dir, 'locked.json'), 'x'))).why).toBe('the file is read-only');
    expect(await readFile(join(dir, 'locked.json'), 'utf8')).toBe('keep');
    await mkdir(join(dir, 'ro'));
    await chmod(join(dir, 'ro'), 0o555);
    expect((await refusal(writeFileAtomic(join(dir, 'ro', 'x.json'), 'x'))).reason).toBe('permission');
  });

  it('a hard-linked file is identified by device and inode', async () => {
    await writeFile(join(dir, 'a.json'), '1');
    await link(join(dir, 'a.json'), join(dir, 'b.json'));
    const [a, b] = await Promise.all([
      inspectOutputPath(join(dir, 'a.json')),
      inspectOutputPath(join(dir, 'b.json')),
    ]);
    expect(a.target).not.toBe(b.target);
    expect([a.existing?.dev, a.existing?.ino]).toEqual([b.existing?.dev, b.existing?.ino]);
  });
});

describe('an atomic write is all or nothing', () => {
  it('nothing appears before commit; discard leaves the old file as it was', async () => {
    const file = join(dir, 'out.json');
    await writeFile(file, 'old');
    const write = await beginAtomicWrite(file);
    await write.write('new, ');
    await write.write('in pieces');
    expect(await readFile(file, 'utf8')).toBe('old');
    await write.discard();
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await temps()).toEqual([]);
    const again = await beginAtomicWrite(file);
    await again.write('new, ');
    await again.write('in pieces');
    await again.commit();
    await again.discard(); // a no-op after commit
    expect(await readFile(file, 'utf8')).toBe('new, in pieces');
  });
});
