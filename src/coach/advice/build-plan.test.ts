import { describe, expect, it } from 'vitest';
import {
  FAULT_IDS,
  REPORT_SCHEMA_VERSION,
  type AnalysisReport,
  type FaultId,
  type Severity,
} from '../../engine/index.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { TriageAnswers } from '../triage/answers.js';
import { triage } from '../triage/triage.js';
import { buildPlan } from './build-plan.js';
import type { CoachPlan, PlanSectionId } from './types.js';
import { CALM_ANSWERS } from '../triage/test-answers.js';
import { presentPlan } from '../../present/terminal/format-plan.js';
import { wordPlan } from '../../present/vocabulary/index.js';
import type { CoachPlanJson } from '../../formats/analysis-report/index.js';

/** The plan in words, as the CLI shows it. */
const worded = (plan: CoachPlan): CoachPlanJson => wordPlan(plan, 'cli');
const wordedItem = (plan: CoachPlan, section: PlanSectionId, id: string) =>
  worded(plan)
    .sections.find((s) => s.id === section)
    ?.items.find((i) => i.id === id);

function makeReport(faults: readonly [FaultId, Severity][], safeDepthDeg = 104): AnalysisReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    input: {
      landmarkSet: 'coco17' as never,
      frameCount: 300,
      durationS: 10,
      meanFps: 30,
      imageWidthPx: 720,
      imageHeightPx: 1280,
    },
    side: 'left' as never,
    view: {
      view: 'side',
      yawDeg: 5,
      quality: 'good',
      meanConfidence: 0.9,
      bodyInFrame: true,
      feetInFrame: true,
      issues: [],
    },
    safeDepth: { hipFlexionDeg: safeDepthDeg, source: 'calibration' },
    verdict: {
      level: faults.some(([, s]) => s === 'alert') ? 'stop' : faults.length ? 'minor' : 'clean',
      headline: 'Test verdict.',
    },
    reps: [],
    faults: faults.map(([id, worstSeverity]) => ({
      id,
      worstSeverity,
      reps: [1],
      count: 1,
      meanConfidence: 0.8,
      fix: 'fix',
    })),
    notAssessable: [],
    topFixes: [],
    ignoredMovements: [],
  };
}

const calm: TriageAnswers = CALM_ANSWERS;

const sectionIds = (plan: CoachPlan) => plan.sections.map((s) => s.id);
const itemIds = (plan: CoachPlan, id: PlanSectionId) =>
  plan.sections.find((s) => s.id === id)?.items.map((i) => i.id) ?? [];
const allItemIds = (plan: CoachPlan) => plan.sections.flatMap((s) => s.items.map((i) => i.id));

describe('buildPlan with red flags', () => {
  const kb = loadKnowledge();
  const trainingIds = new Set([...kb.fixes, ...kb.prehab, ...kb.alternatives, ...kb.relief].map((i) => i.id));

  it.each([
    ['emergency', { saddleNumbness: true }],
    ['urgent', { fever: true }],
  ] as const)('%s overrides all training advice, even with a faulty video', (level, flag) => {
    const result = triage({ ...calm, ...flag });
    expect(result.level).toBe(level);
    const plan = buildPlan({
      report: makeReport([
        ['pelvic_tuck', 'alert'],
        ['fast_eccentric', 'warn'],
      ]),
      triage: result,
      history: { hoursSinceLastLegSession: 20 },
    });
    expect(plan.mode).toBe('red_flag');
    expect(sectionIds(plan)).toEqual(['stop_now', 'see_someone']);
    expect(allItemIds(plan).filter((id) => trainingIds.has(id))).toEqual([]);
    expect(plan.headline).toEqual({ code: 'triage', params: { level: result.level } });
    const text = presentPlan(worded(plan));
    expect(text).not.toMatch(/plank|stretch|squat|safety stops|\bice\b|heat pack/i);
    expect(text).toMatch(level === 'emergency' ? /emergency care now/i : /today/i);
  });
});

describe('buildPlan when a clinician should look first', () => {
  const plan = buildPlan({
    report: makeReport([['pelvic_tuck', 'warn']]),
    triage: triage({ ...calm, radiatesBelowKnee: true }),
  });

  it('says stop pressing and see someone before any training change', () => {
    expect(plan.mode).toBe('clinician_first');
    expect(sectionIds(plan).slice(0, 2)).toEqual(['stop_now', 'see_someone']);
    expect(itemIds(plan, 'stop_now')).toContain('stop_leg_press');
  });

  it('frames form changes as for later, and gives no prehab or alternatives', () => {
    expect(worded(plan).sections.find((s) => s.id === 'next_session')?.title).toMatch(
      /once a clinician has cleared you/i,
    );
    expect(sectionIds(plan)).not.toContain('prehab');
    expect(sectionIds(plan)).not.toContain('alternatives');
  });
});

describe('buildPlan coaching from a video report', () => {
  it('puts the pelvic tuck first, with the personal safe depth in the fix', () => {
    const plan = buildPlan({
      report: makeReport(
        [
          ['pelvic_tuck', 'alert'],
          ['knee_lockout', 'warn'],
        ],
        97,
      ),
    });
    expect(plan.mode).toBe('coach');
    expect(itemIds(plan, 'why')[0]).toBe('pelvic_tuck');
    const fixes = plan.sections.find((s) => s.id === 'next_session')!.items;
    expect(fixes.map((f) => f.id)).toContain('stop_before_tuck');
    expect(fixes.map((f) => f.id)).toContain('soft_knees_at_top');
    expect(wordedItem(plan, 'next_session', 'stop_before_tuck')?.details?.join(' ')).toMatch(/97°/);
    expect(itemIds(plan, 'stop_now')).toContain('no_more_load');
    expect(itemIds(plan, 'prehab')).toContain('hamstring_stretch');
  });

  it('gives no relief or alternatives to someone who reported no pain', () => {
    const plan = buildPlan({ report: makeReport([['fast_eccentric', 'warn']]) });
    expect(sectionIds(plan)).not.toContain('relief');
    expect(sectionIds(plan)).not.toContain('alternatives');
    expect(itemIds(plan, 'why')[0]).toBe('going_too_fast');
    expect(itemIds(plan, 'next_session')[0]).toBe('controlled_lowering');
  });

  it.each(FAULT_IDS)('explains and fixes %s when it is the only fault', (faultId) => {
    const kb = loadKnowledge();
    const plan = buildPlan({ report: makeReport([[faultId, 'warn']]) });
    const causes = itemIds(plan, 'why');
    expect(causes.length).toBeGreaterThan(0);
    expect(causes.some((id) => kb.causes.find((c) => c.id === id)?.pointedToBy.includes(faultId))).toBe(true);
    expect(
      itemIds(plan, 'next_session').some((id) =>
        kb.fixes.find((f) => f.id === id)?.forFaults.includes(faultId),
      ),
    ).toBe(true);
  });
});

describe('buildPlan self-care from answers and history', () => {
  it('stops pressing today above 5/10 and offers only back-sparing alternatives', () => {
    const plan = buildPlan({ triage: triage({ ...calm, painScore: 7, onset: 'during_set' }) });
    expect(plan.mode).toBe('coach');
    expect(itemIds(plan, 'stop_now')).toEqual(['stop_pain_above_5', 'stop_and_unload']);
    const alternatives = itemIds(plan, 'alternatives');
    expect(alternatives).toContain('supine_band_press');
    expect(alternatives).not.toContain('reduced_depth_press');
    expect(alternatives).not.toContain('goblet_squat');
    expect(itemIds(plan, 'relief')[0]).toBe('keep_moving');
    expect(itemIds(plan, 'relief')).not.toContain('stop_and_unload');
  });

  it('keeps a mild lifter pressing in an easier form first', () => {
    const plan = buildPlan({ triage: triage(calm) });
    expect(itemIds(plan, 'alternatives')[0]).toBe('reduced_depth_press');
    expect(itemIds(plan, 'stop_now')).toEqual([]);
  });

  it('tells the honest story about ice and heat in relief', () => {
    const plan = buildPlan({ triage: triage(calm) });
    const ice = wordedItem(plan, 'relief', 'ice');
    expect(ice?.details?.join(' ')).toMatch(/not enough evidence/i);
  });

  it('spots too little rest from the history', () => {
    const plan = buildPlan({
      triage: triage({ ...calm, onset: 'gradual' }),
      history: { hoursSinceLastLegSession: 24 },
    });
    expect(itemIds(plan, 'why')[0]).toBe('overuse');
    expect(itemIds(plan, 'next_session')).toContain('rest_48h');
  });

  it('ends with when to see someone, including the emergency signs', () => {
    const plan = buildPlan({ triage: triage(calm) });
    expect(sectionIds(plan).at(-1)).toBe('see_someone');
    expect(presentPlan(worded(plan))).toMatch(/emergency care at once/i);
  });
});

describe('buildPlan and what the video could not judge', () => {
  it('says which faults were not judged instead of implying they are fine', () => {
    const report = {
      ...makeReport([['fast_eccentric', 'warn']]),
      notAssessable: [{ id: 'heel_lift' as const, reason: 'feet out of frame' }],
    };
    const plan = buildPlan({ report });
    const item = wordedItem(plan, 'why', 'not_judged');
    expect(item?.details).toEqual(['heels lifting: feet out of frame']);
  });

  it('cuts the load when pain is worse the next morning', () => {
    const plan = buildPlan({ history: { painWorseNextMorning: true } });
    expect(itemIds(plan, 'next_session')).toEqual(expect.arrayContaining(['reduce_load', 'rest_48h']));
    expect(itemIds(plan, 'why')).toContain('overuse');
  });
});

describe('buildPlan with nothing to go on', () => {
  it('gives the setup checklist and points to the pain questions', () => {
    const plan = buildPlan({});
    expect(itemIds(plan, 'next_session')).toEqual(
      expect.arrayContaining(['seat_back_angle', 'back_flat_on_pad', 'feet_position']),
    );
    expect(itemIds(plan, 'see_someone')[0]).toBe('answer_pain_questions');
    expect(worded(plan).note).toMatch(/not a diagnosis/i);
  });
});

describe('presentPlan', () => {
  it('prints every section title and stays within the width', () => {
    const plan = buildPlan({ report: makeReport([['pelvic_tuck', 'alert']]), triage: triage(calm) });
    const text = presentPlan(worded(plan), { width: 72 });
    for (const section of worded(plan).sections) expect(text).toContain(section.title.toUpperCase());
    for (const line of text.split('\n'))
      if (!line.includes('http')) expect(line.length).toBeLessThanOrEqual(72 + 20);
    expect(text).toMatch(/not a diagnosis/i);
  });
});

describe('the plan as codes, worded by the presenters', () => {
  it('keeps words out of the core plan: codes, parameters and sources only', () => {
    const plan = buildPlan({ report: makeReport([['pelvic_tuck', 'alert']]), triage: triage(calm) });
    for (const item of plan.sections.flatMap((s) => s.items)) {
      expect(Object.keys(item).sort()).toEqual(expect.arrayContaining(['code', 'id', 'sources'].sort()));
      expect(item).not.toHaveProperty('title');
      expect(item).not.toHaveProperty('text');
    }
    expect(JSON.stringify(plan)).not.toMatch(/Stop now|Change next session/);
  });

  it('words the same plan for the web app without naming a CLI command', () => {
    const plan = buildPlan({});
    expect(JSON.stringify(wordPlan(plan, 'cli'))).toMatch(/spotter triage/);
    expect(JSON.stringify(wordPlan(plan, 'app'))).not.toMatch(/spotter [a-z]|--[a-z]/);
    expect(JSON.stringify(wordPlan(plan, 'app'))).toMatch(/Coach page/);
  });

  it('says why an item is there in words, with its code and parameters beside them in the JSON form', () => {
    const plan = buildPlan({ report: makeReport([['pelvic_tuck', 'alert']]) });
    const stop = wordedItem(plan, 'stop_now', 'no_more_load');
    expect(stop?.because).toBe('The video shows alert-level faults: pelvis rolled off the seat (butt wink).');
    expect(stop?.becauseCode).toBe('alert_faults');
    expect(stop?.becauseParams).toEqual({ faults: ['pelvic_tuck'] });
    const fix = wordedItem(plan, 'next_session', 'stop_before_tuck');
    expect(fix?.code).toBe('fix');
    expect(fix?.params).toEqual({
      id: 'stop_before_tuck',
      safeDepth: { hipFlexionDeg: 104, source: 'calibration' },
    });
    expect(fix?.details).toEqual(['Your safe depth: 104° of hip bend (from your calibration).']);
  });

  it('lists sources only when asked, in a trailing section, never inline', () => {
    const plan = worded(buildPlan({ triage: triage(calm) }));
    const plain = presentPlan(plan);
    expect(plain).not.toMatch(/evidence\.md|seeds\/|SOURCES/);
    const withSources = presentPlan(plan, { showSources: true });
    const at = withSources.indexOf('SOURCES');
    expect(at).toBeGreaterThan(0);
    expect(withSources.slice(0, at)).not.toMatch(/evidence\.md/);
    expect(withSources.slice(at)).toMatch(/Red flags and first aid .*\(evidence\.md §6\)/);
  });
});
