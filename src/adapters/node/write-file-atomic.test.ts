import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError, FileAccessError } from './file-access-error.js';
import { readTextFile } from './read-text-file.js';
import { writeFileAtomic } from './write-file-atomic.js';

describe('writeFileAtomic / readTextFile', () => {
  it('writes, replaces and reads back, leaving no temporary files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spotter-io-'));
    const file = join(dir, 'out.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, '{"new":true}');
    expect(await readTextFile(file)).toBe('{"new":true}');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('fails with a plain reason and leaves nothing behind when the folder does not exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spotter-io-'));
    const err = await writeFileAtomic(join(dir, 'missing', 'out.json'), 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileAccessError);
    expect((err as FileAccessError).message).toContain('does not exist');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to replace a folder and keeps its content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spotter-io-'));
    await mkdir(join(dir, 'out.json'));
    await writeFile(join(dir, 'out.json', 'keep'), 'k');
    await expect(writeFileAtomic(join(dir, 'out.json'), 'x')).rejects.toBeInstanceOf(FileAccessError);
    expect(await readFile(join(dir, 'out.json', 'keep'), 'utf8')).toBe('k');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reading a missing file or a folder says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spotter-io-'));
    await expect(readTextFile(join(dir, 'nope.json'))).rejects.toThrow('does not exist');
    await expect(readTextFile(dir)).rejects.toThrow('folder');
  });
});

describe('describeFsError', () => {
  it('turns permission errors into plain words', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      expect(describeFsError(Object.assign(new Error('x'), { code }))).toEqual({
        reason: 'permission',
        text: 'permission was denied',
      });
    }
  });
});
