/** A set nothing could be judged in must never read as a pass in any presenter. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../coach/index.js';
import { composeSetText } from '../cli/coach-plan.js';
import { decideVerdict, KEY_REP_CHECKS, type AnalysisReport, type RepReport } from '../engine/index.js';
import { renderHtmlReport } from './html/render-html-report.js';
import { formatReportText } from './terminal/format-report.js';
import { wordPlan } from './vocabulary/index.js';

/** Words that read as a pass (or a judged set) and must not appear. */
const PASS_WORDS = /\b(clean|minor|pass|passed|good set|mostly good|no faults found)\b|✓/i;

function rep(index: number): RepReport {
  return {
    index,
    startS: index * 3,
    bottomS: index * 3 + 1.5,
    endS: index * 3 + 2.9,
    kneeMinDeg: 88,
    hipFlexionMaxDeg: 104,
    eccentricS: 1.5,
    concentricS: 1.4,
    bottomDwellS: 0.1,
    hipDepartureMaxThighs: 0.05,
    concentricMeanVelocityShanksPerS: 0.4,
    faults: [],
    notAssessed: [],
  };
}

function notJudgedReport(reps: readonly RepReport[]): AnalysisReport {
  const notAssessable = KEY_REP_CHECKS.map((id) => ({
    id,
    reason: 'Your hip and knee were not seen clearly in any rep, so this could not be checked.',
  }));
  const view = {
    view: 'side',
    yawDeg: 5,
    quality: 'good',
    meanConfidence: 0.5,
    bodyInFrame: true,
    feetInFrame: true,
    issues: [],
  } as const;
  return {
    schemaVersion: 1,
    input: {
      landmarkSet: 'movenet17',
      frameCount: 300,
      durationS: 10,
      meanFps: 30,
      imageWidthPx: 640,
      imageHeightPx: 480,
    },
    side: 'left',
    view,
    safeDepth: { hipFlexionDeg: 100, source: 'default' },
    verdict: decideVerdict({ summaries: [], findings: [], reps, notAssessable, view }),
    reps,
    faults: [],
    notAssessable,
    topFixes: [],
    ignoredMovements: [],
  };
}

/** The visible text of an HTML page: no style sheet (its class names) and no tags. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

const CASES = [
  ['no complete reps', notJudgedReport([])],
  ['reps but no back-safety check made', notJudgedReport([rep(1), rep(2), rep(3)])],
] as const;

describe.each(CASES)('a not-judged report (%s)', (_name, report) => {
  it('is not_judged', () => {
    expect(report.verdict.level).toBe('not_judged');
  });

  it('terminal: says NOT JUDGED, with no pass wording, with and without colour and plan', () => {
    const text = formatReportText(report);
    expect(text).toContain('Verdict: NOT JUDGED - Not judged:');
    expect(text).not.toMatch(PASS_WORDS);
    const colored = formatReportText(report, { color: true });
    expect(colored).not.toContain('\u001b[32m'); // never green
    expect(colored).not.toContain('\u001b[33m'); // nor yellow
    const withPlan = composeSetText(text, wordPlan(buildPlan({ report }), 'cli'));
    expect(withPlan).toContain('Film a set that can be judged');
    expect(withPlan).not.toMatch(PASS_WORDS);
  });

  it('terminal: reps without a check read "not judged", not "-"', () => {
    const text = formatReportText(report);
    if (report.reps.length > 0) expect(text).toContain('? not judged');
    else expect(text).toContain('No complete reps found.');
  });

  it('HTML: a neutral "Not judged" verdict box, no pass wording or tick, filming guidance shown', () => {
    const html = renderHtmlReport({
      report,
      title: 'Spotter leg press report',
      snapshots: [],
      plan: wordPlan(buildPlan({ report }), 'app'),
    });
    expect(html).toContain('<p class="verdict verdict-not_judged"><strong>Not judged:');
    expect(html).toContain('.verdict-not_judged{');
    expect(html).toContain('How to film for a full check');
    const text = visibleText(html);
    expect(text).toContain('Nothing could be judged in this video');
    expect(text).not.toMatch(PASS_WORDS);
  });
});
