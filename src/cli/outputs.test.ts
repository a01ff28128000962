/**
 * The one output-path policy of the CLI (outputs.ts, docs/reliability.md), as a module and through the
 * commands: no output replaces an input or another output, every path is checked before the work, errors name
 * the flag involved, and a run writes all its outputs or says which were written.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFile,
  chmod,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CALM_ANSWERS } from '../coach/triage/test-answers.js';
import { CliError, EXIT, type CliIo } from './command.js';
import { Outputs } from './outputs.js';
import { runCli } from './run-cli.js';

const DEMO = join(process.cwd(), 'fixtures/demo/demo-track.json');

let dir = '';
let demoBytes: Buffer;

beforeAll(async () => {
  demoBytes = await readFile(DEMO);
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spotter-outputs-'));
  await copyFile(DEMO, join(dir, 't.json'));
  await writeFile(join(dir, 'answers.json'), JSON.stringify(CALM_ANSWERS));
});

/**
 * Runs the CLI with `dir` as the working folder: output paths may be relative to it (an input that is really
 * read must be absolute, since the track loader reads relative to the process's folder).
 */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: false,
    cwd: dir,
  };
  const code = await runCli(argv, io, { version: '0.0.0' });
  return { code, out, err };
}

const temps = async () => (await readdir(dir)).filter((n) => n.endsWith('.tmp'));

/** One clear error naming `flag`, nothing on stdout, no temporary file left. */
async function expectRefused(r: { code: number; out: string; err: string }, code: number, text: RegExp) {
  expect(r.code).toBe(code);
  expect(r.err).toMatch(/^spotter: /);
  expect(r.err).toMatch(text);
  expect(r.err).not.toMatch(/internal error|\n\s+at /);
  expect(r.out).toBe('');
  expect(await temps()).toEqual([]);
}

const trackUnchanged = async () => expect((await readFile(join(dir, 't.json'))).equals(demoBytes)).toBe(true);

describe('an output that is an input is refused (exit 2) and the input kept', () => {
  it.each(['--json', '--html'])('analyze --keypoints t.json %s t.json', async (flag) => {
    const r = await run('analyze', '--keypoints', 't.json', flag, 't.json');
    await expectRefused(r, EXIT.usage, new RegExp(`${flag} t\\.json is the keypoint track being analysed`));
    expect(r.err).toMatch(new RegExp(`Give ${flag} a new file name`));
    await trackUnchanged();
  });

  it('through a symbolic link, a hard link or another spelling of the path', async () => {
    await symlink('t.json', join(dir, 'soft.json'));
    await link(join(dir, 't.json'), join(dir, 'hard.json'));
    for (const out of ['soft.json', 'hard.json', './t.json', join(dir, 't.json')]) {
      await expectRefused(
        await run('analyze', '--keypoints', 't.json', '--json', out),
        EXIT.usage,
        /is the keypoint track/,
      );
    }
    await trackUnchanged();
  });

  it('the --answers and --log inputs, calibrate and triage too', async () => {
    await expectRefused(
      await run('analyze', '--keypoints', 't.json', '--answers', 'answers.json', '--html', 'answers.json'),
      EXIT.usage,
      /--html answers\.json is the back-pain answers file \(--answers\)/,
    );
    await writeFile(join(dir, 'log.json'), '{}');
    await expectRefused(
      await run('analyze', '--keypoints', 't.json', '--log', 'log.json', '--json', 'log.json'),
      EXIT.usage,
      /--json log\.json is the training log \(--log\)/,
    );
    expect(await readFile(join(dir, 'log.json'), 'utf8')).toBe('{}');
    await expectRefused(
      await run('calibrate', '--keypoints', 't.json', '--json', 't.json'),
      EXIT.usage,
      /--json t\.json is/,
    );
    await expectRefused(
      await run('triage', '--answers', 'answers.json', '--json', 'answers.json'),
      EXIT.usage,
      /--json answers\.json is the answers file/,
    );
    expect(JSON.parse(await readFile(join(dir, 'answers.json'), 'utf8'))).toEqual(CALM_ANSWERS);
    await trackUnchanged();
  });
});

describe('two outputs on one file, or both on standard output, are refused (exit 2)', () => {
  it('the same name, or a link to it', async () => {
    await expectRefused(
      await run('analyze', '--keypoints', 't.json', '--json', 'r.json', '--html', 'r.json'),
      EXIT.usage,
      /--json and --html name the same file \(r\.json\)/,
    );
    await symlink('r.json', join(dir, 'alias.html'));
    await expectRefused(
      await run('analyze', '--keypoints', 't.json', '--json', 'r.json', '--html', 'alias.html'),
      EXIT.usage,
      /same file/,
    );
    expect((await readdir(dir)).sort()).toEqual(['alias.html', 'answers.json', 't.json']);
  });

  it('--json - with --html -', async () => {
    await expectRefused(
      await run('analyze', '--keypoints', 't.json', '--json', '-', '--html', '-'),
      EXIT.usage,
      /--json and --html both write to standard output/,
    );
  });
});

describe('a path that cannot be written is refused before the analysis (exit 3), naming its flag', () => {
  it('a missing folder for --html: neither output is written', async () => {
    const r = await run('analyze', '--keypoints', 't.json', '--json', 'r.json', '--html', 'nowhere/r.html');
    await expectRefused(
      r,
      EXIT.badInput,
      /Cannot write --html nowhere\/r\.html: its folder .*nowhere does not exist/,
    );
    expect(r.err).toMatch(/give --html a path in an existing folder/);
    expect(r.err).not.toMatch(/--json/);
    expect(await readdir(dir)).not.toContain('r.json');
  });

  it('it is checked before the input is even read', async () => {
    const r = await run('analyze', '--keypoints', 'missing.json', '--json', 'nowhere/r.json');
    await expectRefused(r, EXIT.badInput, /Cannot write --json nowhere\/r\.json/);
  });

  it('a folder: the hint suggests a file inside it', async () => {
    await mkdir(join(dir, 'reports'));
    await expectRefused(
      await run('calibrate', '--keypoints', 't.json', '--json', 'reports'),
      EXIT.badInput,
      /Cannot write --json reports: it is a folder, not a file\.\nGive --json a file name, e\.g\. --json reports\/calibration\.json\./,
    );
  });

  it('a FIFO is refused at once (never opened) and stays a FIFO', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    await expectRefused(
      await run('triage', '--answers', 'answers.json', '--json', 'pipe.json'),
      EXIT.badInput,
      /Cannot write --json pipe\.json: it is a named pipe \(FIFO\), not a regular file\.\n.*or - for standard output/,
    );
    expect((await lstat(join(dir, 'pipe.json'))).isFIFO()).toBe(true);
  });

  it('a character device is refused with the same words', async () => {
    // /dev/null is only inspected: the check refuses it before anything could be written.
    await expectRefused(
      await run('analyze', '--keypoints', 't.json', '--html', '/dev/null'),
      EXIT.badInput,
      /Cannot write --html \/dev\/null: it is a device, not a regular file/,
    );
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
  });
});

describe('outputs are written through links, keep their mode, and stdout carries one thing', () => {
  it('a report behind a symbolic link: the link kept, its mode-600 target replaced', async () => {
    await mkdir(join(dir, 'private'));
    await writeFile(join(dir, 'private', 'report.json'), 'old');
    await chmod(join(dir, 'private', 'report.json'), 0o600);
    await symlink('private/report.json', join(dir, 'report.json'));
    const r = await run('analyze', '--keypoints', join(dir, 't.json'), '--json', 'report.json', '--quiet');
    expect(r).toEqual({ code: 0, out: '', err: '' });
    expect((await lstat(join(dir, 'report.json'))).isSymbolicLink()).toBe(true);
    expect((await stat(join(dir, 'private', 'report.json'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(dir, 'private', 'report.json'), 'utf8'))).toHaveProperty('reps');
    expect(await temps()).toEqual([]);
  });

  it('--json - with --html FILE: standard output is the JSON alone', async () => {
    const r = await run('analyze', '--keypoints', join(dir, 't.json'), '--json', '-', '--html', 'r.html');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveProperty('reps');
    expect(await readFile(join(dir, 'r.html'), 'utf8')).toContain('<html');
  });
});

describe('Outputs: staged together, committed together', () => {
  const io = () => ({ cwd: dir, stdout: (t: string) => void (printed += t) });
  let printed = '';
  beforeEach(() => {
    printed = '';
  });
  const request = (json: string, html: string) => ({
    inputs: [],
    outputs: [
      { flag: '--json', path: json, example: 'report.json' },
      { flag: '--html', path: html, example: 'report.html' },
    ],
  });

  it('nothing appears until commit; standard output is printed after the files', async () => {
    const outputs = await Outputs.check(io(), request('a.json', '-'));
    expect(outputs.usesStdout).toBe(true);
    expect(outputs.files).toEqual([['--json', 'a.json']]);
    await outputs.stage('--json', 'A');
    await outputs.stage('--html', 'H');
    await outputs.stage('--save-track', 'not asked for: ignored');
    expect(await readdir(dir)).not.toContain('a.json');
    expect(printed).toBe('');
    await outputs.commit(io());
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('A');
    expect(printed).toBe('H');
    expect(await temps()).toEqual([]);
  });

  it('a failure while staging discards what was staged: no output was written', async () => {
    await mkdir(join(dir, 'sub'));
    const outputs = await Outputs.check(io(), request('a.json', 'sub/b.html'));
    await outputs.stage('--json', 'A');
    await rm(join(dir, 'sub'), { recursive: true });
    const err = await outputs.stage('--html', 'B').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).message).toMatch(
      /^Cannot write --html sub\/b\.html: .*; no output was written\.$/,
    );
    await outputs.commit(io()); // nothing left to commit
    expect((await readdir(dir)).sort()).toEqual(['answers.json', 't.json']);
  });

  it('a failure while committing says which outputs were already written', async () => {
    const outputs = await Outputs.check(io(), request('a.json', 'b.html'));
    await outputs.stage('--json', 'A');
    await outputs.stage('--html', 'B');
    await mkdir(join(dir, 'b.html')); // something else takes the path meanwhile
    const err = await outputs.commit(io()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(EXIT.badInput);
    expect((err as CliError).message).toBe(
      'Cannot write --html b.html: it is a folder, not a file; already written: --json a.json.',
    );
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('A');
    expect(await temps()).toEqual([]);
  });

  it('discard after a failed run removes every temporary file, streamed ones included', async () => {
    const outputs = await Outputs.check(io(), request('a.json', 'b.html'));
    await outputs.stage('--json', 'A');
    const { beginAtomicWrite } = await import('../adapters/node/write-file-atomic.js');
    await outputs.stage('--html', async (path) => {
      const file = await beginAtomicWrite(path);
      await file.write('streamed');
      return file;
    });
    expect((await temps()).length).toBe(2);
    await outputs.discard();
    expect((await readdir(dir)).sort()).toEqual(['answers.json', 't.json']);
  });
});
