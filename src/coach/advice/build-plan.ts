/**
 * The advice engine: a video report, a triage result and training history in; one prioritised plan out.
 * A red-flag triage level overrides everything: the plan then only says stop and get care.
 */
import type { FaultId, Severity } from '../../engine/faults/types.js';
import type { AnalysisReport } from '../../engine/report/types.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { Signal } from '../knowledge/signals.js';
import type { Alternative, Cause, Fix, KnowledgeBase } from '../knowledge/types.js';
import { NOT_A_DIAGNOSIS, BASE_NEXT_STEPS, EMERGENCY_SIGNS } from '../triage/wording.js';
import type { TriageResult } from '../triage/types.js';
import {
  deriveSignals,
  hasSignal,
  PAIN_STOP_SCORE,
  signalWeight,
  type DerivedSignals,
} from './derive-signals.js';
import type { CoachPlan, PlanInput, PlanItem, PlanMode, PlanSection, PlanSectionId } from './types.js';

const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { alert: 3, warn: 2, info: 1 };
/** An answer or history signal counts like a warn-level fault. */
const ANSWER_WEIGHT = 2;
const MAX_CAUSES = 4;
const MAX_FIXES = 6;
const MAX_ALTERNATIVES = 5;
/** With no video and no signals, the setup checklist every lifter should run through. */
const BASELINE_FIXES = [
  'seat_back_angle',
  'back_flat_on_pad',
  'feet_position',
  'safety_stops_at_safe_depth',
  'brace_and_breathe',
  'controlled_lowering',
];

const TITLES: Readonly<Record<PlanSectionId, string>> = {
  stop_now: 'Stop now',
  see_someone: 'When to see someone',
  why: 'Why it likely hurts',
  next_session: 'Change next session',
  relief: 'Relief today',
  prehab: 'Prehab (2-3 times a week)',
  alternatives: 'Train these instead while it settles',
};

export function buildPlan(input: PlanInput): CoachPlan {
  const kb = loadKnowledge();
  const derived = deriveSignals(input);
  const signals: Signal[] = [...derived.faults.keys(), ...derived.answers];
  const mode = modeOf(input.triage);
  const note = input.triage?.note ?? NOT_A_DIAGNOSIS;

  if (mode === 'red_flag') {
    const triage = input.triage!;
    return {
      mode,
      headline: triage.headline,
      sections: [
        section('stop_now', [
          {
            id: 'stop_training',
            title: 'Stop training',
            text: 'Do not do any more sets or exercise today.',
            sources: ['evidence.md §6'],
          },
        ]),
        section('see_someone', triageItems(triage, false)),
      ],
      signals,
      note,
    };
  }

  const causes = rankCauses(kb, derived);
  const sections: PlanSection[] = [
    section('stop_now', stopNowItems(input, derived, mode)),
    ...(mode === 'clinician_first' ? [section('see_someone', triageItems(input.triage!, true))] : []),
    section('why', [...causes.map((c) => causeItem(c, derived)), ...notJudgedItems(input.report)]),
    section(
      'next_session',
      [...setNotJudgedItems(input.report), ...fixItems(kb, derived, causes, input.report)],
      mode === 'clinician_first' ? 'Once a clinician has cleared you to press again' : undefined,
    ),
    section('relief', derived.inPain ? reliefItems(kb) : []),
    section('prehab', mode === 'coach' ? prehabItems(kb, derived) : []),
    section('alternatives', mode === 'coach' && derived.inPain ? alternativeItems(kb, derived) : []),
    ...(mode === 'coach' ? [section('see_someone', selfCareEscalation(input.triage))] : []),
  ].filter((s) => s.items.length > 0);

  return { mode, headline: headlineOf(mode, input), sections, signals, note };
}

function modeOf(triage: TriageResult | undefined): PlanMode {
  if (!triage) return 'coach';
  if (!triage.trainingAdviceAllowed) return 'red_flag';
  return triage.level === 'see_clinician' ? 'clinician_first' : 'coach';
}

function headlineOf(mode: PlanMode, { report, triage }: PlanInput): string {
  if (mode === 'clinician_first' && triage) return triage.headline;
  if (report) return report.verdict.headline;
  if (triage) return triage.headline;
  return 'A safe leg press setup: go through this checklist before your next session.';
}

function section(id: PlanSectionId, items: readonly PlanItem[], title = TITLES[id]): PlanSection {
  return { id, title, items };
}

const TRIAGE_TITLES: Readonly<Record<TriageResult['level'], string>> = {
  emergency: 'Emergency care now',
  urgent: 'Medical advice today',
  see_clinician: 'See a doctor or physiotherapist',
  self_care: 'Look after it yourself',
};

function triageItems(triage: TriageResult, withUnanswered: boolean): PlanItem[] {
  const items: PlanItem[] = [
    {
      id: `triage_${triage.level}`,
      title: TRIAGE_TITLES[triage.level],
      text: `${triage.headline} ${triage.nextSteps.join(' ')}`,
      sources: ['evidence.md §6'],
      details: triage.reasons.map((r) => r.text),
    },
  ];
  if (withUnanswered && triage.unanswered.length > 0) {
    items.push({
      id: 'triage_unanswered',
      title: 'Unanswered safety questions',
      text: 'Answer these to get a complete plan; a yes to any of them may change what you should do.',
      details: triage.unanswered.map((u) => u.question),
      sources: ['evidence.md §6'],
    });
  }
  return items;
}

function stopNowItems(input: PlanInput, derived: DerivedSignals, mode: PlanMode): PlanItem[] {
  const items: PlanItem[] = [];
  if (mode === 'clinician_first') {
    items.push({
      id: 'stop_leg_press',
      title: 'Stop leg pressing',
      text: 'Skip the leg press and other heavy leg work until a clinician has checked your back.',
      because: input.triage!.reasons.map((r) => r.text).join(' '),
      sources: ['evidence.md §6'],
    });
  } else if (derived.answers.has('pain_above_5')) {
    items.push({
      id: 'stop_pain_above_5',
      title: 'Stop pressing today',
      text: `Pain above ${PAIN_STOP_SCORE} out of 10 is past the limit for training through: stop leg work for today and let it settle.`,
      because: 'Your pain score is above 5 out of 10.',
      sources: ['evidence.md §5'],
    });
  }
  if (derived.answers.has('pain_during_set')) {
    const unload = loadKnowledge().relief.find((r) => r.id === 'stop_and_unload')!;
    items.push({
      id: unload.id,
      title: unload.title,
      text: unload.text,
      because: 'The pain started during a set.',
      sources: unload.sources,
    });
  }
  const alerts = [...derived.faults].filter(([, sev]) => sev === 'alert').map(([id]) => id);
  if (alerts.length > 0 || input.report?.verdict.level === 'stop') {
    items.push({
      id: 'no_more_load',
      title: 'Do not add weight',
      text: 'End sets where these mistakes appear, and do not add load until a set is clean.',
      because:
        alerts.length > 0
          ? `The video shows alert-level faults: ${alerts.join(', ')}.`
          : input.report!.verdict.headline,
      sources: ['evidence.md §5'],
    });
  }
  return items;
}

/** Causes scored by the signals that point at them; faults weigh by severity. */
function rankCauses(kb: KnowledgeBase, derived: DerivedSignals): Cause[] {
  const scored = kb.causes
    .map((cause, order) => ({ cause, order, score: causeScore(cause, derived) }))
    .filter((c) => c.score > 0);
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, MAX_CAUSES).map((c) => c.cause);
}

function causeScore(cause: Cause, derived: DerivedSignals): number {
  let score = 0;
  for (const signal of cause.pointedToBy) {
    score += signalWeight(derived, signal, SEVERITY_WEIGHT, ANSWER_WEIGHT);
  }
  return score;
}

function matchedSignals(signals: readonly Signal[], derived: DerivedSignals): string[] {
  return signals.filter((s) => hasSignal(derived, s));
}

function causeItem(cause: Cause, derived: DerivedSignals): PlanItem {
  const matched = matchedSignals(cause.pointedToBy, derived);
  return {
    id: cause.id,
    title: cause.title,
    text: `${cause.text} ${cause.why}`,
    because: `Pointed to by: ${matched.map(describeSignal).join('; ')}.`,
    sources: cause.sources,
  };
}

/** Faults the video could not judge, so "no finding" is not read as "no problem". */
function notJudgedItems(report: AnalysisReport | undefined): PlanItem[] {
  if (!report || report.notAssessable.length === 0) return [];
  return [
    {
      id: 'not_judged',
      title: 'Not judged from this video',
      text: 'These could not be checked, so the list above may be incomplete.',
      details: report.notAssessable.map(
        (n) => `${describeSignal(n.id).replace(' (video)', '')}: ${n.reason}`,
      ),
      sources: ['evidence.md §2'],
    },
  ];
}

/** A set the video could not judge at all: say so before any fix, with how to film one that can be judged. */
function setNotJudgedItems(report: AnalysisReport | undefined): PlanItem[] {
  if (report?.verdict.level !== 'not_judged') return [];
  return [
    {
      id: 'set_not_judged',
      title: 'Film a set that can be judged',
      text:
        'This video did not show enough to check your form, so finding no fault in it does not mean your form ' +
        'is good. Film the next set from the side, level with your hips, with your whole body and feet in view ' +
        'and each rep from the top down to the bottom and back up.',
      sources: ['evidence.md §2'],
    },
  ];
}

function describeSignal(signal: string): string {
  return SIGNAL_WORDS[signal] ?? `${signal.replace(/_/g, ' ')} (video)`;
}

const SIGNAL_WORDS: Readonly<Record<string, string>> = {
  pelvic_tuck: 'butt lifting off the seat (video)',
  too_deep: 'going past your safe depth (video)',
  knee_lockout: 'locked knees at the top (video)',
  fast_eccentric: 'lowering too fast (video)',
  bounce: 'bouncing out of the bottom (video)',
  heel_lift: 'heels lifting (video)',
  head_lift: 'head leaving the pad (video)',
  knee_valgus: 'knees caving in (video)',
  shallow_rep: 'partial reps (video)',
  velocity_loss: 'reps slowing down a lot (video)',
  load_too_heavy: 'form breaking down late in the set (video)',
  pain_during_set: 'pain started during a set',
  pain_gradual: 'pain came on gradually',
  pain_worse_next_morning: 'pain worse the next morning',
  pain_above_5: 'pain above 5/10',
  radiates_below_knee: 'pain spreading below the knee',
  numbness_or_tingling: 'numbness or tingling',
  known_spinal_stenosis: 'known spinal stenosis',
  known_herniated_disc: 'known disc problem',
  short_rest: 'less than 48 h since the last leg day',
  load_jump: 'a fast jump in training load',
};

function fixItems(
  kb: KnowledgeBase,
  derived: DerivedSignals,
  causes: readonly Cause[],
  report: AnalysisReport | undefined,
): PlanItem[] {
  const score = new Map<string, number>();
  const why = new Map<string, Set<string>>();
  const add = (fixId: string, points: number, reason: string) => {
    score.set(fixId, (score.get(fixId) ?? 0) + points);
    why.set(fixId, (why.get(fixId) ?? new Set()).add(reason));
  };
  for (const fix of kb.fixes) {
    for (const faultId of fix.forFaults) {
      const severity = derived.faults.get(faultId);
      if (severity) add(fix.id, SEVERITY_WEIGHT[severity], describeSignal(faultId));
    }
  }
  for (const cause of causes) {
    for (const fixId of cause.fixIds) add(fixId, 1, `likely cause: ${cause.title.toLowerCase()}`);
  }
  // What the lifter told us (or their training log shows) about rest and pain always makes the list: a set
  // with many faults must not crowd out "rest 48 h" after a short break.
  const fromAnswers: string[] = [];
  for (const signal of ['short_rest', 'pain_worse_next_morning'] as const) {
    if (derived.answers.has(signal)) {
      add('rest_48h', ANSWER_WEIGHT, describeSignal(signal));
      fromAnswers.push('rest_48h');
    }
  }
  // Worse the next morning means the last session was more than the back tolerated (evidence.md §5).
  if (derived.answers.has('pain_worse_next_morning')) {
    add('reduce_load', ANSWER_WEIGHT, describeSignal('pain_worse_next_morning'));
    fromAnswers.push('reduce_load');
  }
  if (score.size === 0)
    BASELINE_FIXES.forEach((id, i) => add(id, BASELINE_FIXES.length - i, 'setup checklist'));

  const order = (id: string) => kb.fixes.findIndex((f) => f.id === id);
  const ranked = [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || order(a) - order(b));
  // Every fault seen gets its best own fix (a form/setup/tempo one before the generic load cut),
  // most severe fault first; the remaining places go by score.
  const chosen: string[] = [...new Set(fromAnswers)];
  const covers = (id: string, faultId: FaultId) =>
    kb.fixes.find((f) => f.id === id)!.forFaults.includes(faultId);
  const isLoadFix = (id: string) => kb.fixes.find((f) => f.id === id)!.kind === 'load';
  const faultsBySeverity = [...derived.faults].sort((a, b) => SEVERITY_WEIGHT[b[1]] - SEVERITY_WEIGHT[a[1]]);
  for (const [faultId] of faultsBySeverity) {
    const best =
      ranked.find((id) => covers(id, faultId) && !isLoadFix(id)) ?? ranked.find((id) => covers(id, faultId));
    if (best !== undefined && !chosen.includes(best)) chosen.push(best);
  }
  for (const id of ranked) if (chosen.length < MAX_FIXES && !chosen.includes(id)) chosen.push(id);
  chosen.sort((a, b) => score.get(b)! - score.get(a)! || order(a) - order(b));
  return chosen.map((id) => {
    const fix = kb.fixes.find((f) => f.id === id)!;
    return {
      id: fix.id,
      title: fix.title,
      text: fix.text,
      because: `For: ${becauseOf(why.get(id)!)}.`,
      details: fixDetails(fix, report),
      sources: fix.sources,
    };
  });
}

/** Direct reasons (what was seen or answered) before the indirect "likely cause" ones, at most three. */
function becauseOf(reasons: ReadonlySet<string>): string {
  const direct = [...reasons].filter((r) => !r.startsWith('likely cause'));
  return (direct.length > 0 ? direct : [...reasons]).slice(0, 3).join(', ');
}

function fixDetails(fix: Fix, report: AnalysisReport | undefined): string[] | undefined {
  if (!report) return undefined;
  if (fix.id === 'safety_stops_at_safe_depth' || fix.id === 'stop_before_tuck') {
    const { hipFlexionDeg, source } = report.safeDepth;
    const from =
      source === 'calibration'
        ? 'from your calibration set'
        : source === 'user'
          ? 'as you set it'
          : 'a general default until you calibrate';
    return [`Your safe depth: ${Math.round(hipFlexionDeg)}° of hip bend (${from}).`];
  }
  return undefined;
}

function reliefItems(kb: KnowledgeBase): PlanItem[] {
  // "Stop and unload" is for pain that starts mid-set; it then leads the plan under Stop now instead.
  return [...kb.relief]
    .filter((r) => r.id !== 'stop_and_unload')
    .sort((a, b) => a.order - b.order)
    .map((r) => ({
      id: r.id,
      title: r.title,
      text: r.text,
      details: [`Evidence: ${r.evidence}`, ...r.caveats],
      sources: r.sources,
    }));
}

function prehabItems(kb: KnowledgeBase, derived: DerivedSignals): PlanItem[] {
  const has = (...ids: FaultId[]) => ids.some((id) => derived.faults.has(id));
  const targets = new Set<string>();
  if (derived.inPain || has('pelvic_tuck', 'head_lift', 'load_too_heavy', 'too_deep')) targets.add('core');
  if (has('pelvic_tuck', 'too_deep', 'heel_lift')) {
    targets.add('hamstrings');
    targets.add('hip_flexors');
  }
  if (derived.inPain || has('pelvic_tuck')) targets.add('glutes');
  return kb.prehab
    .filter((p) => targets.has(p.target))
    .map((p) => ({
      id: p.id,
      title: p.title,
      text: p.text,
      details: [`Dose: ${p.dose}`, `Progress: ${p.progression}`],
      sources: p.sources,
    }));
}

const SPINE_ORDER: Readonly<Record<Alternative['spineLoad'], number>> = { none: 0, low: 1, moderate: 2 };

function alternativeItems(kb: KnowledgeBase, derived: DerivedSignals): PlanItem[] {
  const present = (s: Signal) => hasSignal(derived, s);
  const allowed = kb.alternatives.filter((alt) => !alt.avoidWhen.some(present));
  // Keep pressing in an easier form when possible; otherwise the least spine load first.
  allowed.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'regression' ? -1 : 1) ||
      SPINE_ORDER[a.spineLoad] - SPINE_ORDER[b.spineLoad],
  );
  return allowed.slice(0, MAX_ALTERNATIVES).map((alt) => ({
    id: alt.id,
    title: alt.title,
    text: alt.text,
    details: [`Suits: ${alt.suits}`, `Spares the back: ${alt.sparesBack}`],
    sources: alt.sources,
  }));
}

function selfCareEscalation(triage: TriageResult | undefined): PlanItem[] {
  const items: PlanItem[] = [
    {
      id: 'see_if_not_better',
      title: 'If it is not getting better',
      text: BASE_NEXT_STEPS.self_care[2]!,
      sources: ['evidence.md §6'],
    },
    {
      id: 'emergency_signs',
      title: 'Get emergency care at once if',
      text: `you notice ${EMERGENCY_SIGNS}.`,
      sources: ['evidence.md §6'],
    },
  ];
  if (!triage) {
    items.unshift({
      id: 'answer_pain_questions',
      title: 'If your back hurts',
      text: 'Answer Spotter’s pain questions (spotter triage) before training through it.',
      sources: ['evidence.md §6'],
    });
  }
  return items;
}
