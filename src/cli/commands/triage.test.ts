import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TriageAnswers } from '../../coach/triage/answers.js';
import { CliError, EXIT, type CliIo } from '../command.js';
import { createTriageCommand, type TriageCommandDeps } from './triage.js';
import { CALM_ANSWERS } from '../../coach/triage/test-answers.js';

const calm: TriageAnswers = CALM_ANSWERS;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spotter-triage-'));
});

async function answersFile(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

interface Run {
  code: number | null;
  out: string;
  err: string;
  error?: CliError;
}

async function run(
  args: string[],
  opts: { tty?: boolean; prompted?: TriageAnswers; stoppedEarly?: boolean } = {},
): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: opts.tty ?? false,
    cwd: dir,
  };
  const deps: TriageCommandDeps = {
    stdinIsTTY: () => opts.tty ?? false,
    promptAnswers: async (write) => {
      write('(questions)\n');
      return { answers: opts.prompted ?? {}, stoppedEarly: opts.stoppedEarly ?? false };
    },
  };
  try {
    const code = await createTriageCommand(deps)(args, io);
    return { code, out, err };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { code: null, out, err, error };
  }
}

describe('spotter triage', () => {
  it('prints help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/--answers FILE/);
    expect(r.out).toMatch(/Not a diagnosis/);
  });

  it('gives self-care with a plan for a plain strain', async () => {
    const r = await run(['--answers', await answersFile('calm.json', calm)]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^SELF-CARE/);
    expect(r.out).toMatch(/YOUR PLAN/);
    expect(r.out).toMatch(/Dead bug/);
    expect(r.out.match(/not a diagnosis/gi)).toHaveLength(1);
  });

  it('sends an emergency to emergency care now, with no training advice', async () => {
    const r = await run([
      '--answers',
      await answersFile('ces.json', { ...calm, bladderOrBowelChange: true }),
    ]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^!! EMERGENCY/);
    expect(r.out).toMatch(/emergency care now/i);
    expect(r.out).not.toMatch(/YOUR PLAN|plank|stretch|squat/i);
  });

  it('writes the JSON result atomically, with the plan only when training advice is allowed', async () => {
    const out = join(dir, 'urgent.json');
    const r = await run([
      '--answers',
      await answersFile('fever.json', { ...calm, fever: true }),
      '--json',
      out,
    ]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(`JSON written to ${out}`);
    const doc = JSON.parse(await readFile(out, 'utf8'));
    expect(doc).toMatchObject({
      schemaVersion: 1,
      level: 'urgent',
      trainingAdviceAllowed: false,
      plan: null,
    });
    expect(doc.reasons[0].fields).toEqual(['fever']);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const selfCare = join(dir, 'calm-out.json');
    await run(['--answers', await answersFile('calm2.json', calm), '--json', selfCare]);
    const calmDoc = JSON.parse(await readFile(selfCare, 'utf8'));
    expect(calmDoc.level).toBe('self_care');
    expect(calmDoc.plan.sections.map((s: { id: string }) => s.id)).toContain('prehab');
  });

  it('writes only JSON to standard output with --json -', async () => {
    const r = await run(['--answers', await answersFile('calm3.json', calm), '--json', '-']);
    expect(JSON.parse(r.out).level).toBe('self_care');
  });

  it('names the malformed field', async () => {
    const r = await run(['--answers', await answersFile('bad.json', { ...calm, painScore: 14 })]);
    expect(r.error?.exitCode).toBe(EXIT.badInput);
    expect(r.error?.message).toMatch(/painScore/);
    expect(r.error?.message).toMatch(/0 \(no pain\) to 10/);
    expect(r.error?.hint).toMatch(/docs\/triage-answers\.md/);
  });

  it('rejects a file that is not JSON or does not exist', async () => {
    const notJson = await run(['--answers', await answersFile('broken.json', '{ "age": 3')]);
    expect(notJson.error?.exitCode).toBe(EXIT.badInput);
    expect(notJson.error?.message).toMatch(/not valid JSON/);
    const missing = await run(['--answers', 'nope.json']);
    expect(missing.error?.exitCode).toBe(EXIT.badInput);
    expect(missing.error?.message).toMatch(/nope\.json/);
  });

  it('refuses to run without answers outside a terminal, and still names the emergency signs', async () => {
    const r = await run([]);
    expect(r.error?.exitCode).toBe(EXIT.usage);
    expect(r.error?.message).toMatch(/--answers/);
    expect(r.error?.hint).toMatch(/emergency care now/);
  });

  it('asks the questions interactively in a terminal', async () => {
    const r = await run([], { tty: true, prompted: { ...calm, radiatesBelowKnee: true } });
    expect(r.out).toMatch(/^\(questions\)/);
    expect(r.out).toMatch(/SEE A CLINICIAN/);
  });

  it('says so when the person stops the questions early, and stays cautious', async () => {
    const r = await run([], { tty: true, prompted: { saddleNumbness: false }, stoppedEarly: true });
    expect(r.out).toMatch(/stopped before the last question/);
    expect(r.out).toMatch(/SEE A CLINICIAN/);
    expect(r.out).toMatch(/Not answered:/);
  });

  it('keeps an emergency result short: no list of unanswered questions', async () => {
    const r = await run([], { tty: true, prompted: { legWeakness: true }, stoppedEarly: true });
    expect(r.out).toMatch(/EMERGENCY/);
    expect(r.out).not.toMatch(/stopped before|Not answered/);
  });

  it('warns about unknown fields instead of dropping them silently', async () => {
    const r = await run(['--answers', await answersFile('typo.json', { ...calm, saddleNumbess: true })]);
    expect(r.err).toMatch(/ignored unknown answer fields: saddleNumbess/);
  });

  it('reports an unwritable output path as bad input', async () => {
    const r = await run([
      '--answers',
      await answersFile('calm4.json', calm),
      '--json',
      join(dir, 'no', 'such', 'x.json'),
    ]);
    expect(r.error?.exitCode).toBe(EXIT.badInput);
  });

  it('rejects an unknown option as a usage error', async () => {
    const r = await run(['--answer', 'x.json']);
    expect(r.error?.exitCode).toBe(EXIT.usage);
  });
});
