/**
 * The web app never names a CLI command or option: every text worded for the `app` surface (the report's
 * not-assessable reasons, the coach plan, the pain triage) is scanned for `--option`, `spotter <command>` and the
 * CLI's model ids. The same texts for the `cli` surface do name them, so the scan can fail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviseSet, SAFETY_FIELDS, triage, type TriageAnswers, type TriageLevel } from '../../coach/index.js';
import {
  analyzeTrack,
  type AnalysisReport,
  type NotAssessable,
  type NotAssessableCode,
} from '../../engine/index.js';
import type { CoachPlanJson } from '../../formats/analysis-report/index.js';
import { parseKeypointTrackJson } from '../../formats/keypoint-track/index.js';
import { notAssessableWords, wordReport } from './not-assessable-words.js';
import { wordPlan } from './plan-words.js';
import type { Surface } from './surface.js';
import { TRIAGE_HEADLINES, wordTriage } from './triage-words.js';

const CLI_WORDS = /--[a-z]|\bspotter [a-z]+|\b(movenet|blazepose)-[a-z]+/;

/** One reason of every code the engine gives (the Record type makes the list complete). */
const CODED: Readonly<Record<NotAssessableCode, NotAssessable>> = {
  needs_foot_landmarks: {
    id: 'heel_lift',
    reason: 'engine words',
    code: 'needs_foot_landmarks',
    params: { landmarkSet: 'movenet17' },
  },
  hip_point_unclear: {
    id: 'pelvic_tuck',
    reason: 'engine words',
    code: 'hip_point_unclear',
    params: { wanderPercent: 12 },
  },
  knee_top_ambiguous: {
    id: 'knee_lockout',
    reason: 'engine words',
    code: 'knee_top_ambiguous',
    params: { model: 'movenet-lightning', straightReadsFromDeg: 160, warnKneeDeg: 172 },
  },
};

const demo: AnalysisReport = analyzeTrack(
  parseKeypointTrackJson(readFileSync('fixtures/demo/web-demo-track.json', 'utf8')),
);
/** The demo set with every coded reason added, as a lifter filming with MoveNet could get them. */
const everyReason: AnalysisReport = {
  ...demo,
  notAssessable: [
    ...demo.notAssessable.filter((n) => !Object.values(CODED).some((c) => c.id === n.id)),
    ...Object.values(CODED),
  ],
};

const calm = Object.fromEntries([
  ...SAFETY_FIELDS.map((f) => [f, f === 'age' ? 30 : f === 'durationDays' ? 2 : false]),
  ['painScore', 3],
  ['onset', 'after_session'],
]) as TriageAnswers;
const ANSWERS: Readonly<Record<TriageLevel | 'unanswered', TriageAnswers>> = {
  emergency: { ...calm, saddleNumbness: true },
  urgent: { ...calm, fever: true },
  see_clinician: { ...calm, numbnessOrTingling: true },
  self_care: calm,
  unanswered: { painScore: 3 },
};

/** The words a worded plan shows (its codes and parameters are not shown). */
function planWords(plan: CoachPlanJson): string[] {
  return [
    plan.headline,
    plan.note,
    ...plan.sections.flatMap((s) => [
      s.title,
      ...s.items.flatMap((i) => [i.title, i.text, i.because ?? '', ...(i.details ?? [])]),
    ]),
  ];
}

/** Every text a surface shows for the set and each back-pain check. */
function shownTexts(surface: Surface): string[] {
  const texts = [
    ...wordReport(everyReason, surface).notAssessable.map((n) => n.reason),
    ...planWords(wordPlan(adviseSet({ report: everyReason }).plan, surface)),
  ];
  for (const answers of Object.values(ANSWERS)) {
    const result = triage(answers);
    const words = wordTriage(result, surface);
    const set = adviseSet({ report: everyReason, triage: result, careWords: TRIAGE_HEADLINES[result.level] });
    texts.push(
      words.headline,
      words.note,
      ...words.reasons.map((r) => r.text),
      ...words.unanswered.map((u) => u.question),
      ...words.nextSteps,
      ...planWords(wordPlan(set.plan, surface)),
    );
  }
  return texts;
}

describe('what the web app shows', () => {
  it('words every coded not-assessable reason without a CLI option or model id', () => {
    for (const na of Object.values(CODED)) {
      const app = notAssessableWords(na, 'app');
      expect(app, na.code).not.toMatch(CLI_WORDS);
      expect(app, na.code).toMatch(/^[A-Z].{40,}\.$/);
    }
    expect(notAssessableWords(CODED.needs_foot_landmarks, 'app')).toMatch(/Model menu/);
  });

  it('names no CLI command, option or model id in the report, the plan or the triage', () => {
    for (const text of shownTexts('app')) expect(text).not.toMatch(CLI_WORDS);
  });

  it('the terminal does name them (the scan above can fail)', () => {
    expect(notAssessableWords(CODED.needs_foot_landmarks, 'cli')).toContain('--model blazepose-full');
    expect(shownTexts('cli').join(' ')).toMatch(CLI_WORDS);
  });

  it('rewords only the reasons that send the lifter to another model, keeping every code', () => {
    const worded = wordReport(everyReason, 'app');
    expect(worded.notAssessable.some((na) => na.code === 'side_view_no_width')).toBe(true);
    for (const [i, na] of worded.notAssessable.entries()) {
      const before = everyReason.notAssessable[i]!;
      expect(na.code).toBe(before.code);
      if (before.code !== undefined && before.code in CODED) expect(na.reason).not.toBe(before.reason);
      else expect(na.reason).toBe(before.reason);
    }
  });
});
