/**
 * A red flag wins everywhere: with a red-flag triage answer no output format carries training advice, only the
 * instruction to get care (text, JSON and HTML from the CLI; the web app's view and exports read the same
 * adviseSet, tested here on the report it is given). And a red flag beside an invalid answer is still said.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adviseSet } from '../coach/advice/advise-set.js';
import { loadKnowledge } from '../coach/knowledge/load-knowledge.js';
import { CALM_ANSWERS } from '../coach/triage/test-answers.js';
import { triage } from '../coach/triage/triage.js';
import type { AnalysisReport } from '../engine/index.js';
import { escapeHtml } from '../present/html/escape-html.js';
import { renderHtmlReport } from '../present/html/render-html-report.js';
import { formatReportText } from '../present/terminal/format-report.js';
import { TRIAGE_HEADLINES as HEADLINES, wordPlan } from '../present/vocabulary/index.js';
import type { CliIo } from './command.js';
import { composeSetText } from './coach-plan.js';
import { runCli } from './run-cli.js';

const DEMO = 'fixtures/demo/demo-track.json';

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
let plain: AnalysisReport;
/** Every piece of training advice Spotter could show for the demo set, and in general. */
let advice: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spotter-red-flag-'));
  const out = join(dir, 'plain.json');
  expect((await run('analyze', '--keypoints', DEMO, '--json', out)).code).toBe(0);
  plain = JSON.parse(await readFile(out, 'utf8')) as AnalysisReport;
  // The demo set has faults, so there is advice to withhold.
  expect(plain.topFixes.length).toBeGreaterThan(0);
  const kb = loadKnowledge();
  advice = [
    plain.verdict.headline,
    ...plain.topFixes,
    ...plain.faults.map((f) => f.fix),
    ...plain.reps.flatMap((r) => r.faults.map((f) => f.fix)),
    // Why a check could not be made: some reasons carry a form cue.
    ...plain.notAssessable.map((n) => n.reason),
    'Keep a clear bend you can see in the mirror',
    ...[...kb.fixes, ...kb.prehab, ...kb.alternatives, ...kb.relief].map((item) => item.text),
    'Stop and fix this first',
    'Fix before adding load',
    'Minor points to tidy up',
    'lighten the load',
    'What to fix first',
  ];
});

/** Text with its line wrapping undone, so a wrapped sentence is still found. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Whether `text` holds `sentence` (as written or HTML-escaped, wrapped or not). */
const holds = (text: string, sentence: string) =>
  flat(text).includes(flat(sentence)) || flat(text).includes(flat(escapeHtml(sentence)));

/** The advice found in `text`. */
function adviceIn(text: string): string[] {
  return [...new Set(advice)].filter((a) => holds(text, a));
}

describe.each([
  ['emergency', { saddleNumbness: true }],
  ['urgent', { ...CALM_ANSWERS, fever: true }],
] as const)('a red flag (%s) leaves no training advice', (level, answers) => {
  const care = HEADLINES[level];

  it('in the text, the JSON and the HTML of `spotter analyze --answers`', async () => {
    const answersPath = join(dir, `${level}.json`);
    await writeFile(answersPath, JSON.stringify(answers));
    const json = join(dir, `${level}-report.json`);
    const html = join(dir, `${level}-report.html`);
    const r = await run(
      'analyze',
      '--keypoints',
      DEMO,
      '--answers',
      answersPath,
      '--json',
      json,
      '--html',
      html,
    );
    expect(r.code).toBe(0);
    const jsonText = await readFile(json, 'utf8');
    const htmlText = await readFile(html, 'utf8');
    for (const [name, text] of [
      ['text', r.out],
      ['json', jsonText],
      ['html', htmlText],
    ] as const) {
      expect(adviceIn(text), name).toEqual([]);
      expect(holds(text, care), name).toBe(true);
    }
    const report = JSON.parse(jsonText) as AnalysisReport & { plan: { mode: string } };
    expect(report.plan.mode).toBe('red_flag');
    expect(report.topFixes).toEqual([]);
    expect(report.topFixCodes).toEqual([]);
    expect(jsonText).not.toMatch(/"fixCode"/); // a fix's code would be worded again as the fix
    expect(report.verdict).toEqual({ level: plain.verdict.level, headline: care });
    // The measurements stay, for whoever checks the lifter.
    expect(report.reps.map((rep) => rep.kneeMinDeg)).toEqual(plain.reps.map((rep) => rep.kneeMinDeg));
    expect(report.faults.map((f) => f.id)).toEqual(plain.faults.map((f) => f.id));
    expect(htmlText).not.toMatch(/Faults and fixes|<th>Fix<\/th>/);
  });

  it('in what the web app shows and exports (adviseSet, the function its view reads)', () => {
    const result = triage(answers);
    const set = adviseSet({ report: plain, triage: result, careWords: HEADLINES[result.level] });
    expect(set.redFlag).toBe(true);
    expect(set.report.verdict.headline).toBe(care);
    const plan = wordPlan(set.plan, 'app');
    const exported = [
      JSON.stringify({ ...set.report, plan, triage: set.triage }),
      renderHtmlReport({ report: set.report, title: 't', snapshots: [], plan }),
      composeSetText(formatReportText(set.report, { color: false }), plan),
    ];
    for (const text of exported) expect(adviceIn(text)).toEqual([]);
  });
});

describe('without a red flag the advice is all there (the test above can fail)', () => {
  it('self-care answers keep the fixes in every format', async () => {
    const set = adviseSet({ report: plain, triage: triage(CALM_ANSWERS), careWords: HEADLINES.self_care });
    expect(set.redFlag).toBe(false);
    expect(set.report).toBe(plain);
    const plan = wordPlan(set.plan, 'app');
    const html = renderHtmlReport({ report: set.report, title: 't', snapshots: [], plan });
    expect(adviceIn(html).length).toBeGreaterThan(0);
    expect(adviceIn(JSON.stringify(set.report)).length).toBeGreaterThan(0);
  });
});

describe('a red flag beside an invalid answer still names the care to seek', () => {
  const bad = { saddleNumbness: true, painScore: 11 };

  it.each([
    ['triage', (p: string) => ['triage', '--answers', p]],
    ['analyze', (p: string) => ['analyze', '--keypoints', DEMO, '--answers', p]],
  ] as const)('spotter %s reports the invalid answer and the emergency', async (_name, argv) => {
    const path = join(dir, 'red-and-invalid.json');
    await writeFile(path, JSON.stringify(bad));
    const r = await run(...argv(path));
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/painScore/);
    expect(r.err).toContain(HEADLINES.emergency.split(':')[0]);
    expect(r.err).toMatch(/red flag/);
    expect(adviceIn(r.out + r.err)).toEqual([]);
  });

  it('an invalid answer with no red flag names the emergency signs', async () => {
    const path = join(dir, 'invalid.json');
    await writeFile(path, JSON.stringify({ ...CALM_ANSWERS, painScore: 11 }));
    const r = await run('triage', '--answers', path);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/get emergency care now/);
    expect(r.err).not.toMatch(/red flag/);
  });
});
