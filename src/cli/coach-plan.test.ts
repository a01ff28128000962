import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from './command.js';
import { runCli } from './run-cli.js';
import { CALM_ANSWERS } from '../coach/triage/test-answers.js';

const DEMO = 'fixtures/demo/demo-track.json';

const CALM = CALM_ANSWERS;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: false,
    cwd: process.cwd(),
  };
  const code = await runCli(argv, io, { version: '0.0.0' });
  return { code, out, err };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spotter-plan-'));
  await writeFile(join(dir, 'calm.json'), JSON.stringify(CALM));
  await writeFile(join(dir, 'red.json'), JSON.stringify({ ...CALM, bladderOrBowelChange: true }));
});

describe('spotter analyze: the coach plan', () => {
  it('follows the per-rep report with a plan that names what to stop and change', async () => {
    const r = await run('analyze', '--keypoints', DEMO);
    expect(r.code).toBe(0);
    expect(r.out.indexOf('Verdict:')).toBeLessThan(r.out.indexOf('COACH PLAN'));
    expect(r.out).toMatch(/STOP NOW/);
    expect(r.out).toMatch(/CHANGE NEXT SESSION/);
  });

  it('puts the plan and the triage in the JSON report when answers are given', async () => {
    const out = join(dir, 'calm-report.json');
    const r = await run('analyze', '--keypoints', DEMO, '--answers', join(dir, 'calm.json'), '--json', out);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(out, 'utf8')) as {
      plan: { mode: string };
      triage: { level: string };
    };
    expect(report.triage.level).toBe('self_care');
    expect(report.plan.mode).toBe('coach');
  });

  it('a red flag replaces the form report and every training tip with the instruction to get care', async () => {
    const r = await run('analyze', '--keypoints', DEMO, '--answers', join(dir, 'red.json'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/emergency/i);
    expect(r.out).not.toMatch(/Top fixes|CHANGE NEXT SESSION|PREHAB/);
    expect(r.out).not.toMatch(/Rep\s+Start\s+Bottom/);
  });

  it('malformed answers fail with the field named and no output', async () => {
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ ...CALM, painScore: 14 }));
    const r = await run('analyze', '--keypoints', DEMO, '--answers', join(dir, 'bad.json'));
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/painScore/);
    expect(r.out).toBe('');
  });
});

describe('spotter analyze --log: the training log joins the plan', () => {
  it('warns about rest when the last hard leg session was under 48 h ago', async () => {
    const log = join(dir, 'log.json');
    const yesterday = new Date(Date.now() - 20 * 3_600_000).toISOString();
    const added = await run('log', 'add', '--load', '120', '--reps', '10', '--at', yesterday, '--log', log);
    expect(added.code).toBe(0);
    const out = join(dir, 'with-log.json');
    const r = await run('analyze', '--keypoints', DEMO, '--log', log, '--json', out);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(out, 'utf8')) as {
      plan: { sections: { id: string; items: { id: string }[] }[] };
    };
    const next = report.plan.sections.find((s) => s.id === 'next_session');
    expect(next?.items.map((i) => i.id)).toContain('rest_48h');
  });

  it('a missing log is an error that names the path, with nothing written', async () => {
    const out = join(dir, 'no-log.json');
    const r = await run('analyze', '--keypoints', DEMO, '--log', join(dir, 'nope.json'), '--json', out);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/no training log at .*nope\.json/);
    await expect(readFile(out, 'utf8')).rejects.toThrow();
  });
});
