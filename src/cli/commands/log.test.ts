import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseTrainingLogJson } from '../../formats/training-log/parse-training-log.js';
import { CliError, EXIT, type CliIo } from '../command.js';
import { runCli } from '../run-cli.js';
import { createLogCommand, type LogCommandDeps } from './log.js';
import { resolveLogPath } from './log-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spotter-log-'));
});

const DAY_MS = 86_400_000;
/** Friday 2026-11-20 18:00 in UTC+01:00. */
const START_MS = Date.parse('2026-11-20T17:00:00Z');

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(
  args: string[],
  opts: { nowMs?: number; env?: Record<string, string> } = {},
): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: false,
    cwd: dir,
  };
  const deps: LogCommandDeps = {
    env: opts.env ?? {},
    homeDir: () => join(dir, 'home'),
    nowMs: () => opts.nowMs ?? START_MS,
    offsetMin: () => 60,
  };
  try {
    return { code: await createLogCommand(deps)(args, io), out, err };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { code: error.exitCode, out, err: `${error.message}\n${error.hint ?? ''}` };
  }
}

describe('spotter log: round trip in a temp folder', () => {
  it('adds sets, takes next-morning pain, shows trends and recommends the next load', async () => {
    const log = join(dir, 'log.json');
    const at = (days: number) => ({ nowMs: START_MS + days * DAY_MS });

    expect(
      (await run(['add', '--load', '120', '--reps', '12', '--rir', '2', '--log', log], at(0))).code,
    ).toBe(EXIT.ok);
    expect((await run(['pain', '--next-morning', '0', '--log', log], at(0.6))).code).toBe(EXIT.ok);
    const saved = parseTrainingLogJson(await readFile(log, 'utf8'));
    expect(saved.sets).toHaveLength(1);
    expect(saved.sets[0]).toMatchObject({
      atIso: '2026-11-20T18:00:00+01:00',
      loadKg: 120,
      reps: 12,
      rir: 2,
    });
    expect(saved.sets[0]!.pain.nextMorning).toBe(0);

    // One day later: too soon, and only one session over the goal.
    const early = await run(['next', '--json', '--log', log], at(1));
    const earlyNext = JSON.parse(early.out);
    expect(earlyNext.rest.ok).toBe(false);
    expect(earlyNext.action).toBe('hold');

    // Second session three days later, also 12 reps: 2-for-2 says add 2.5% (3 kg -> one 2.5 kg step).
    await run(['add', '--load', '120', '--reps', '12', '--log', log], at(3));
    await run(['pain', '--next-morning', '0', '--log', log], at(3.6));
    const next = await run(['next', '--log', log], at(6));
    expect(next.out).toMatch(/Increase to 122\.5 kg/);
    expect(next.out).toContain('evidence.md §5');

    // Pain worse the next morning after the third session: reduce, and point to the triage.
    await run(['add', '--load', '122.5', '--reps', '10', '--pain-during', '1', '--log', log], at(6));
    await run(['pain', '--after', '1', '--next-morning', '4', '--log', log], at(6.6));
    const reduce = JSON.parse((await run(['next', '--json', '--log', log], at(8))).out);
    expect(reduce.action).toBe('reduce');
    expect(reduce.loadKg).toBeLessThan(122.5);
    expect(reduce.seeTriage).toBe(true);

    const shown = await run(['show', '--log', log], at(8));
    expect(shown.out).toMatch(/WEEKS/);
    expect(shown.out).toMatch(/2026-11-16/);
    expect(shown.out).toMatch(/spotter triage/);

    const csv = await run(['show', '--csv', 'out.csv', '--log', log], at(8));
    expect(csv.code).toBe(EXIT.ok);
    const csvText = await readFile(join(dir, 'out.csv'), 'utf8');
    expect(csvText.split('\n')[0]).toMatch(/^id,at,exercise,load_kg,reps/);
    expect(csvText.trim().split('\n')).toHaveLength(4);

    // The CSV export never replaces the log it was made from.
    const before = await readFile(log, 'utf8');
    const onto = await run(['show', '--csv', log, '--log', log], at(8));
    expect(onto.code).toBe(EXIT.usage);
    expect(onto.err).toMatch(/training log/);
    expect(await readFile(log, 'utf8')).toBe(before);
  });

  it('fills tempo, depth and faults from an analysis report; reps default to the reps seen', async () => {
    const report = {
      reps: [1, 2, 3].map((i) => ({
        index: i,
        hipFlexionMaxDeg: 100 + i,
        kneeMinDeg: 70,
        eccentricS: 2,
        concentricS: 1,
      })),
      faults: [{ id: 'load_too_heavy', worstSeverity: 'warn', count: 1 }],
      verdict: { level: 'fix_before_adding_load', headline: 'x' },
    };
    await writeFile(join(dir, 'report.json'), JSON.stringify(report));
    const r = await run(['add', '--load', '100', '--from-report', 'report.json', '--log', 'log.json']);
    expect(r.code).toBe(EXIT.ok);
    const saved = parseTrainingLogJson(await readFile(join(dir, 'log.json'), 'utf8'));
    expect(saved.sets[0]).toMatchObject({
      reps: 3,
      analysis: { repsSeen: 3, hipFlexionMaxDeg: 103, verdict: 'fix_before_adding_load' },
    });
  });
});

describe('spotter log: errors', () => {
  it('refuses a malformed log with the problem named, and leaves the file untouched', async () => {
    const path = join(dir, 'log.json');
    const broken =
      '{"format":"spotter-training-log","version":1,"settings":{"targetReps":10,"plateIncrementKg":2.5},"sets":[{"id":1}]}';
    await writeFile(path, broken);
    const r = await run(['add', '--load', '100', '--reps', '10', '--log', path]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toMatch(/sets\[0\]\.atIso is missing/);
    expect(r.err).toMatch(/has not changed it/);
    expect(await readFile(path, 'utf8')).toBe(broken);
  });

  it('names a bad value by its option, with the usage exit code', async () => {
    const r = await run(['add', '--load', '100', '--reps', '10', '--pain-during', '12', '--log', 'log.json']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/--pain-during/);
    expect((await run(['add', '--load', 'heavy', '--reps', '10', '--log', 'l.json'])).err).toMatch(
      /--load must be a number/,
    );
    expect((await run(['add', '--reps', '10', '--log', 'l.json'])).err).toMatch(/Missing --load/);
    expect((await run(['pain', '--next-morning', '2', '--log', 'none.json'])).code).toBe(EXIT.usage);
    expect((await run(['show', '--load', '2'])).err).toMatch(/does not take --load/);
    expect((await run(['shwo'])).err).toMatch(/Unknown log command/);
  });

  it('refuses an --at on a day the calendar does not have, instead of rolling it into the next month', async () => {
    for (const at of ['2026-02-30T10:00', '2026-02-29T10:00', '2026-04-31T10:00:00Z', '2026-13-01T10:00']) {
      const r = await run(['add', '--load', '100', '--reps', '10', '--at', at, '--log', 'log.json']);
      expect(r.code, at).toBe(EXIT.usage);
      expect(r.err, at).toMatch(/not a day of the calendar/);
    }
    const leap = await run([
      'add',
      '--load',
      '100',
      '--reps',
      '10',
      '--at',
      '2028-02-29T10:00',
      '--log',
      'l.json',
    ]);
    expect(leap.code).toBe(EXIT.ok);
    const saved = parseTrainingLogJson(await readFile(join(dir, 'l.json'), 'utf8'));
    expect(saved.sets[0]!.atIso).toBe('2028-02-29T10:00:00+01:00');
  });

  it('refuses --rir and --rpe together with a clear message', async () => {
    const r = await run([
      'add',
      '--load',
      '100',
      '--reps',
      '10',
      '--rir',
      '2',
      '--rpe',
      '8',
      '--log',
      'l.json',
    ]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/--rir or --rpe, not both/);
  });

  it('reads a log and a report that start with a UTF-8 byte order mark', async () => {
    const report = { reps: [], faults: [], verdict: { level: 'clean', headline: 'x' } };
    await writeFile(join(dir, 'report.json'), `\uFEFF${JSON.stringify(report)}`);
    const added = await run([
      'add',
      '--load',
      '100',
      '--reps',
      '8',
      '--from-report',
      'report.json',
      '--log',
      'l.json',
    ]);
    expect(added.code).toBe(EXIT.ok);
    const path = join(dir, 'l.json');
    await writeFile(path, `\uFEFF${await readFile(path, 'utf8')}`);
    expect((await run(['add', '--load', '105', '--reps', '8', '--log', 'l.json'])).code).toBe(EXIT.ok);
    expect(parseTrainingLogJson(await readFile(path, 'utf8')).sets).toHaveLength(2);
  });

  it('writes a note that starts a formula as text in the CSV (no formula injection)', async () => {
    const note = '=HYPERLINK("http://evil.example","click")';
    await run(['add', '--load', '100', '--reps', '10', '--notes', note, '--log', 'l.json']);
    await run(['add', '--load', '100', '--reps', '10', '--notes', '@SUM(1+1)', '--log', 'l.json']);
    const r = await run(['show', '--csv', 'out.csv', '--log', 'l.json']);
    expect(r.code).toBe(EXIT.ok);
    const csv = await readFile(join(dir, 'out.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"'@SUM(1+1)"`);
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });

  it('is reachable through the CLI table and its help', async () => {
    let out = '';
    const io: CliIo = { stdout: (t) => void (out += t), stderr: () => undefined, isTTY: false, cwd: dir };
    expect(await runCli(['log', '--help'], io)).toBe(EXIT.ok);
    expect(out).toMatch(/spotter log add/);
  });
});

describe('log file location', () => {
  it('prefers --log, then SPOTTER_LOG, then XDG_DATA_HOME, then ~/.local/share', () => {
    const home = '/home/a';
    expect(resolveLogPath('my.json', { SPOTTER_LOG: '/x/l.json' }, '/w', home).path).toBe('/w/my.json');
    expect(
      resolveLogPath(undefined, { SPOTTER_LOG: '/x/l.json', XDG_DATA_HOME: '/d' }, '/w', home).path,
    ).toBe('/x/l.json');
    expect(resolveLogPath(undefined, { XDG_DATA_HOME: '/d' }, '/w', home).path).toBe('/d/spotter/log.json');
    expect(resolveLogPath(undefined, { XDG_DATA_HOME: 'relative' }, '/w', home).path).toBe(
      '/home/a/.local/share/spotter/log.json',
    );
  });

  it('creates the default folder on first write', async () => {
    const r = await run(['add', '--load', '100', '--reps', '10', '--at', '2026-11-20T18:00'], {
      env: { XDG_DATA_HOME: join(dir, 'data') },
    });
    expect(r.code).toBe(EXIT.ok);
    const saved = parseTrainingLogJson(await readFile(join(dir, 'data', 'spotter', 'log.json'), 'utf8'));
    expect(saved.sets[0]!.atIso).toBe('2026-11-20T18:00:00+01:00');
  });
});
