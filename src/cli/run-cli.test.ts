import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { MOVENET17_NAMES } from '../engine/index.js';
import type { CliIo } from './command.js';
import { runCli } from './run-cli.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: false,
    cwd: process.cwd(),
  };
  const code = await runCli(argv, io, { version: '9.9.9' });
  return { code, out, err };
}

/** Errors are one message plus a hint: no stack traces, no Node internals. */
function expectCleanError(r: Run, code: number, text: RegExp | string): void {
  expect(r.code).toBe(code);
  expect(r.err).toMatch(text);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.err.startsWith('spotter: ')).toBe(true);
  expect(r.out).toBe('');
}

/**
 * A side-view leg press (lifter facing right, reclined seat) with `reps` slow reps, as keypoint track JSON:
 * two-link leg (thigh = shank = 180 px) whose ankle moves along the sled axis; knee ~160 deg at the top,
 * ~90 deg at the bottom.
 */
function legPressTrackJson(reps = 3): string {
  const fps = 30;
  const hip = { x: 420, y: 430 };
  const trunk = { x: -0.9, y: -0.436 };
  const sled = { x: 0.866, y: -0.5 };
  const leg = 180;
  const dTop = 2 * leg * Math.sin((160 * Math.PI) / 360);
  const dBottom = 2 * leg * Math.sin((90 * Math.PI) / 360);
  const repS = 3.2;
  const restS = 1;
  const total = restS * 2 + reps * repS;
  const frames = [];
  for (let i = 0; i <= Math.round(total * fps); i++) {
    const t = i / fps;
    const inSet = t - restS;
    const phase = inSet > 0 && inSet < reps * repS ? (inSet % repS) / repS : 0;
    const depth = Math.sin(Math.PI * phase) ** 2;
    const d = dTop + (dBottom - dTop) * depth;
    const ankle = { x: hip.x + d * sled.x, y: hip.y + d * sled.y };
    const h = Math.sqrt(leg * leg - (d / 2) ** 2);
    const knee = { x: hip.x + (d / 2) * sled.x + h * sled.y, y: hip.y + (d / 2) * sled.y - h * sled.x };
    const shoulder = { x: hip.x + 190 * trunk.x, y: hip.y + 190 * trunk.y };
    const ear = { x: hip.x + 250 * trunk.x, y: hip.y + 250 * trunk.y - 10 };
    const byName: Record<string, { x: number; y: number }> = {
      nose: { x: ear.x + 15, y: ear.y + 5 },
      eye: { x: ear.x + 10, y: ear.y - 3 },
      ear,
      shoulder,
      elbow: { x: shoulder.x + 60, y: shoulder.y + 60 },
      wrist: { x: hip.x + 10, y: hip.y - 10 },
      hip,
      knee,
      ankle,
    };
    const keypoints = MOVENET17_NAMES.map((name) => {
      const far = name.startsWith('right_');
      const p = byName[name.replace(/^(left|right)_/, '')]!;
      const r = (v: number) => Math.round(v * 100) / 100;
      return [r(p.x + (far ? 6 : 0)), r(p.y - (far ? 4 : 0)), far ? 0.6 : 0.9];
    });
    frames.push({ tS: Math.round(t * 1e4) / 1e4, keypoints });
  }
  return JSON.stringify({
    format: 'spotter-keypoint-track',
    version: 1,
    landmarkSet: 'movenet17',
    image: { widthPx: 1280, heightPx: 720 },
    source: { kind: 'other', model: 'synthetic' },
    frames,
  });
}

let dir = '';
let track = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spotter-cli-'));
  track = join(dir, 'track.json');
  await writeFile(track, legPressTrackJson());
});

describe('spotter (top level)', () => {
  it('--help prints usage with every command', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const cmd of ['analyze', 'calibrate', 'triage']) expect(r.out).toContain(`spotter ${cmd}`);
  });

  it('no arguments prints usage to stderr with the usage exit code', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage:');
  });

  it('help <command> and <command> --help print the command help', async () => {
    expect((await run('help', 'analyze')).out).toContain('--safe-depth');
    expect((await run('analyze', '--help')).out).toContain('--keypoints');
    expect((await run('calibrate', '-h')).out).toContain('spotter calibrate --keypoints');
  });

  it('--version prints the version', async () => {
    expect((await run('--version')).out).toBe('9.9.9\n');
  });

  it('an unknown command says which commands exist', async () => {
    expectCleanError(await run('analyse'), 2, /Unknown command 'analyse'[\s\S]*analyze, calibrate, triage/);
  });
});

describe('spotter analyze: bad input', () => {
  it('unknown flag', async () => {
    expectCleanError(
      await run('analyze', '--keypoints', 'x.json', '--bogus'),
      2,
      /Unknown option '--bogus'[\s\S]*--help/,
    );
  });

  it('flag without its value', async () => {
    expectCleanError(await run('analyze', '--keypoints'), 2, /--keypoints <value>' argument missing/);
  });

  it('nothing to analyse', async () => {
    expectCleanError(await run('analyze', '--quiet'), 2, /give a video file or --keypoints/);
  });

  it('missing file', async () => {
    expectCleanError(
      await run('analyze', '--keypoints', join(dir, 'nope.json')),
      3,
      /nope\.json: it does not exist/,
    );
  });

  it('a folder instead of a file', async () => {
    expectCleanError(await run('analyze', '--keypoints', dir), 3, /it is a folder/);
  });

  it('malformed JSON names the line', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{\n "format": "spotter-keypoint-track",\n "version": 1\n "frames": []\n}');
    expectCleanError(
      await run('analyze', '--keypoints', bad),
      3,
      /not valid JSON at line 4[\s\S]*track-format\.md/,
    );
  });

  it('truncated file', async () => {
    const cut = join(dir, 'cut.json');
    const text = legPressTrackJson(1);
    await writeFile(cut, text.slice(0, text.length / 2));
    expectCleanError(await run('analyze', '--keypoints', cut), 3, /truncated/);
  });

  it('another JSON file or a newer version', async () => {
    const other = join(dir, 'other.json');
    await writeFile(other, '{"reps": []}');
    expectCleanError(await run('analyze', '--keypoints', other), 3, /not a Spotter keypoint track/);
    await writeFile(other, '{"format": "spotter-keypoint-track", "version": 7}');
    expectCleanError(
      await run('analyze', '--keypoints', other),
      3,
      /version 7 is not supported; this Spotter reads version 1/,
    );
  });

  it.each(['abc', '30', '200', '', 'NaN'])('bad --safe-depth %j', async (value) => {
    expectCleanError(
      await run('analyze', '--keypoints', track, '--safe-depth', value),
      2,
      /between 40 and 150 degrees/,
    );
  });
});

describe('spotter analyze: input that cannot be analysed', () => {
  const header = {
    format: 'spotter-keypoint-track',
    version: 1,
    landmarkSet: 'movenet17',
    image: { widthPx: 640, heightPx: 480 },
  };

  it('a track without frames exits 4 with the reason', async () => {
    const empty = join(dir, 'empty.json');
    await writeFile(empty, JSON.stringify({ ...header, frames: [] }));
    expectCleanError(await run('analyze', '--keypoints', empty), 4, /analysis failed: .*no frames/);
  });

  it('a track where nobody was detected exits 4 and says how to film', async () => {
    const nobody = join(dir, 'nobody.json');
    const frames = Array.from({ length: 60 }, (_, i) => ({ tS: i / 30, keypoints: Array(17).fill(null) }));
    await writeFile(nobody, JSON.stringify({ ...header, frames }));
    expectCleanError(await run('analyze', '--keypoints', nobody), 4, /analysis failed: [\s\S]*[Ff]ilm/);
  });
});

describe('spotter analyze: dispatch', () => {
  it('a positional path goes to the video command', async () => {
    const r = await run('analyze', join(dir, 'set.mp4'));
    expect(r.err).not.toContain('give a video file or --keypoints');
    expect(r.code).not.toBe(0);
  });

  it('triage goes to the triage command', async () => {
    const r = await run('triage', '--help');
    expect(r.err + r.out).not.toContain('Unknown command');
  });
});

const REP_FIELDS = [
  'index',
  'startS',
  'bottomS',
  'endS',
  'kneeMinDeg',
  'hipFlexionMaxDeg',
  'eccentricS',
  'concentricS',
  'faults',
];
const FAULT_IDS = [
  'pelvic_tuck',
  'too_deep',
  'knee_lockout',
  'fast_eccentric',
  'bounce',
  'heel_lift',
  'head_lift',
  'knee_valgus',
  'shallow_rep',
  'velocity_loss',
  'load_too_heavy',
];

describe('spotter analyze --keypoints: good path', () => {
  it('prints a readable summary and writes the JSON report of the BRIEF contract', async () => {
    const out = join(dir, 'report.json');
    const r = await run('analyze', '--keypoints', track, '--json', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Verdict: /);
    expect(r.out).toMatch(/Rep\s+Start\s+Bottom\s+End\s+Knee min\s+Hip flex max/);
    const report = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>;
    const reps = report['reps'] as Record<string, unknown>[];
    expect(reps).toHaveLength(3);
    reps.forEach((rep, i) => {
      for (const field of REP_FIELDS) expect(rep).toHaveProperty(field);
      expect(rep['index']).toBe(i + 1);
      for (const f of rep['faults'] as Record<string, unknown>[]) {
        expect(FAULT_IDS).toContain(f['id']);
        expect(['info', 'warn', 'alert']).toContain(f['severity']);
        expect(typeof f['confidence']).toBe('number');
      }
    });
    expect(reps[1]!['startS'] as number).toBeGreaterThanOrEqual(reps[0]!['endS'] as number);
    expect(Array.isArray(report['faults'])).toBe(true);
    expect(report['view']).toMatchObject({ view: expect.any(String), quality: expect.any(String) });
    for (const na of report['notAssessable'] as Record<string, unknown>[]) {
      expect(FAULT_IDS).toContain(na['id']);
      expect(typeof na['reason']).toBe('string');
    }
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('--csv writes the per-rep table, one row per rep of the JSON report, with the same numbers', async () => {
    const csv = join(dir, 'reps.csv');
    const json = join(dir, 'reps.json');
    const r = await run('analyze', '--keypoints', track, '--csv', csv, '--json', json);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Per-rep CSV written to ${csv}`);
    const report = JSON.parse(await readFile(json, 'utf8')) as {
      reps: { index: number; eccentricS: number }[];
    };
    const [header, ...rows] = (await readFile(csv, 'utf8')).trim().split('\n');
    const columns = header!.split(',');
    expect(rows).toHaveLength(report.reps.length);
    rows.forEach((row, i) => {
      const cells = row.split(',');
      expect(Number(cells[columns.indexOf('rep')])).toBe(report.reps[i]!.index);
      expect(Number(cells[columns.indexOf('eccentricS')])).toBeCloseTo(report.reps[i]!.eccentricS, 2);
    });
  });

  it('--json - writes only JSON to stdout; --quiet prints nothing', async () => {
    const r = await run('analyze', '--keypoints', track, '--json', '-', '--series');
    const report = JSON.parse(r.out) as { reps: unknown[]; series: { tS: number[] } };
    expect(report.reps).toHaveLength(3);
    expect(report.series.tS.length).toBeGreaterThan(10);
    const q = await run('analyze', '--keypoints', track, '--quiet');
    expect(q).toEqual({ code: 0, out: '', err: '' });
  });

  it('--safe-depth is used as the personal limit', async () => {
    const r = await run('analyze', '--keypoints', track, '--safe-depth', '95.5', '--json', '-');
    expect((JSON.parse(r.out) as { safeDepth: unknown }).safeDepth).toEqual({
      hipFlexionDeg: 95.5,
      source: 'user',
    });
  });

  it('an unwritable output path fails cleanly and leaves no file', async () => {
    const out = join(dir, 'no-such-folder', 'report.json');
    expectCleanError(
      await run('analyze', '--keypoints', track, '--json', out),
      3,
      /Cannot write .*report\.json/,
    );
    await expect(readdir(join(dir, 'no-such-folder'))).rejects.toThrow();
    const folder = join(dir, 'a-folder');
    await mkdir(folder);
    expectCleanError(await run('analyze', '--keypoints', track, '--json', folder), 3, /Cannot write/);
  });
});

describe('the bundled demo track', () => {
  const demo = fileURLToPath(new URL('../../fixtures/demo/demo-track.json', import.meta.url));

  it.runIf(existsSync(demo))(
    'analyses cleanly, every rep in order with faults from the contract',
    async () => {
      const r = await run('analyze', '--keypoints', demo, '--json', '-');
      expect(r.err).toBe('');
      const report = JSON.parse(r.out) as { reps: { index: number; faults: { id: string }[] }[] };
      expect(report.reps.length).toBeGreaterThan(0);
      expect(report.reps.map((rep) => rep.index)).toEqual(report.reps.map((_, i) => i + 1));
      for (const rep of report.reps) for (const f of rep.faults) expect(FAULT_IDS).toContain(f.id);
    },
  );
});

describe('spotter calibrate', () => {
  it('prints the safe depth and writes it as JSON', async () => {
    const out = join(dir, 'cal.json');
    const r = await run('calibrate', '--keypoints', track, '--json', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Safe depth: hip flexion up to \d+\.\d°/);
    const cal = JSON.parse(await readFile(out, 'utf8')) as { safeDepth: { hipFlexionDeg: number } };
    expect(cal.safeDepth.hipFlexionDeg).toBeGreaterThan(0);
  });

  it('needs --keypoints', async () => {
    expectCleanError(await run('calibrate'), 2, /give --keypoints/);
  });
});
