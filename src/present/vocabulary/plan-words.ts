/**
 * The coach plan in words: the core (src/coach/advice) decides what to advise and why as codes with parameters;
 * this module says it. Knowledge items read their knowledge-base entry (the coach's own words, with sources);
 * the plan's own rules, the section titles, the reasons and the details' labels are worded here.
 */
import {
  loadKnowledge,
  questionFor,
  type CoachPlan,
  type FixReason,
  type KnowledgeBase,
  type PlanBecause,
  type PlanHeadline,
  type PlanItem,
  type PlanSection,
  type PlanSectionId,
} from '../../coach/index.js';
import type { CoachPlanJson, PlanItemJson, PlanSectionJson } from '../../formats/analysis-report/index.js';
import { faultName } from './fault-names.js';
import { notAssessableWords } from './not-assessable-words.js';
import { SAFE_DEPTH_SOURCE_WORDS } from './safe-depth-words.js';
import { signalWords } from './signal-words.js';
import type { Surface } from './surface.js';
import { TRIAGE_LEVEL_WORDS } from './triage-level-words.js';
import {
  EMERGENCY_SIGNS,
  NOT_A_DIAGNOSIS,
  SEE_IF_NOT_BETTER,
  TRIAGE_HEADLINES,
  triageReasonWords,
  triageStepWords,
} from './triage-words.js';

export const PLAN_SECTION_TITLES: Readonly<Record<PlanSectionId, string>> = {
  stop_now: 'Stop now',
  see_someone: 'When to see someone',
  why: 'Why it likely hurts',
  next_session: 'Change next session',
  relief: 'Relief today',
  prehab: 'Prehab (2-3 times a week)',
  alternatives: 'Train these instead while it settles',
};
/** `next_session` while a clinician has to clear the lifter first. */
export const AFTER_CLEARANCE_TITLE = 'Once a clinician has cleared you to press again';

/** What the plan says when there is neither a video nor pain answers to go on. */
const CHECKLIST_HEADLINE = 'A safe leg press setup: go through this checklist before your next session.';

/** What a plan item says: title, text and the specifics under it. */
interface ItemWords {
  readonly title: string;
  readonly text: string;
  readonly details?: readonly string[];
}

function itemWords(item: PlanItem, kb: KnowledgeBase, surface: Surface): ItemWords {
  const entry = <T extends { id: string }>(list: readonly T[], id: string): T => {
    const found = list.find((x) => x.id === id);
    if (found === undefined)
      throw new Error(`The coach plan names a knowledge item that is not there: ${id}`);
    return found;
  };
  switch (item.code) {
    case 'cause': {
      const c = entry(kb.causes, item.params.id);
      return { title: c.title, text: `${c.text} ${c.why}` };
    }
    case 'fix': {
      const f = entry(kb.fixes, item.params.id);
      const depth = item.params.safeDepth;
      const details =
        depth !== undefined
          ? [
              `Your safe depth: ${Math.round(depth.hipFlexionDeg)}° of hip bend (${SAFE_DEPTH_SOURCE_WORDS[depth.source]}).`,
            ]
          : undefined;
      return { title: f.title, text: f.text, ...(details && { details }) };
    }
    case 'relief': {
      const r = entry(kb.relief, item.params.id);
      // Stop and unload leads the plan under Stop now, where its evidence would slow the reader.
      if (item.because?.code === 'pain_during_set') return { title: r.title, text: r.text };
      return { title: r.title, text: r.text, details: [`Evidence: ${r.evidence}`, ...r.caveats] };
    }
    case 'prehab': {
      const p = entry(kb.prehab, item.params.id);
      return { title: p.title, text: p.text, details: [`Dose: ${p.dose}`, `Progress: ${p.progression}`] };
    }
    case 'alternative': {
      const a = entry(kb.alternatives, item.params.id);
      return {
        title: a.title,
        text: a.text,
        details: [`Suits: ${a.suits}`, `Spares the back: ${a.sparesBack}`],
      };
    }
    case 'stop_training':
      return { title: 'Stop training', text: 'Do not do any more sets or exercise today.' };
    case 'stop_leg_press':
      return {
        title: 'Stop leg pressing',
        text: 'Skip the leg press and other heavy leg work until a clinician has checked your back.',
      };
    case 'stop_pain_above':
      return {
        title: 'Stop pressing today',
        text: `Pain above ${item.params.painStopScore} out of 10 is past the limit for training through: stop leg work for today and let it settle.`,
      };
    case 'no_more_load':
      return {
        title: 'Do not add weight',
        text: 'End sets where these mistakes appear, and do not add load until a set is clean.',
      };
    case 'not_judged':
      return {
        title: 'Not judged from this video',
        text: 'These could not be checked, so the list above may be incomplete.',
        details: item.params.checks.map(
          (n) => `${signalWords(n.id, false)}: ${notAssessableWords(n, surface)}`,
        ),
      };
    case 'set_not_judged':
      return {
        title: 'Film a set that can be judged',
        text:
          'This video did not show enough to check your form, so finding no fault in it does not mean your form ' +
          'is good. Film the next set from the side, level with your hips, with your whole body and feet in view ' +
          'and each rep from the top down to the bottom and back up.',
      };
    case 'triage_care':
      return {
        title: TRIAGE_LEVEL_WORDS[item.params.level].title,
        text: [TRIAGE_HEADLINES[item.params.level], ...item.params.steps.map(triageStepWords)].join(' '),
        details: item.params.reasons.map((r) => triageReasonWords(r, surface)),
      };
    case 'triage_unanswered':
      return {
        title: 'Unanswered safety questions',
        text: 'Answer these to get a complete plan; a yes to any of them may change what you should do.',
        details: item.params.fields.map(questionFor),
      };
    case 'see_if_not_better':
      return { title: 'If it is not getting better', text: SEE_IF_NOT_BETTER };
    case 'emergency_signs':
      return { title: 'Get emergency care at once if', text: `you notice ${EMERGENCY_SIGNS}.` };
    case 'answer_pain_questions':
      return {
        title: 'If your back hurts',
        text:
          surface === 'cli'
            ? 'Answer Spotter’s pain questions (spotter triage) before training through it.'
            : 'Answer Spotter’s back pain check (Coach page) before training through it.',
      };
  }
}

function fixReasonWords(reason: FixReason, kb: KnowledgeBase): string {
  if ('signal' in reason) return signalWords(reason.signal);
  if ('cause' in reason) {
    const cause = kb.causes.find((c) => c.id === reason.cause);
    return `likely cause: ${(cause?.title ?? reason.cause).toLowerCase()}`;
  }
  return 'setup checklist';
}

/** Why an item is in the plan, in one sentence. */
export function becauseWords(
  because: PlanBecause,
  surface: Surface,
  kb: KnowledgeBase = loadKnowledge(),
): string {
  switch (because.code) {
    case 'pointed_to_by':
      return `Pointed to by: ${because.params.signals.map((s) => signalWords(s)).join('; ')}.`;
    case 'fix_for':
      return `For: ${because.params.reasons.map((r) => fixReasonWords(r, kb)).join(', ')}.`;
    case 'pain_above':
      return `Your pain score is above ${because.params.painStopScore} out of 10.`;
    case 'pain_during_set':
      return 'The pain started during a set.';
    case 'alert_faults':
      return `The video shows alert-level faults: ${because.params.faults.map(faultName).join('; ')}.`;
    case 'verdict':
      return because.params.headline;
    case 'triage_reasons':
      return because.params.reasons.map((r) => triageReasonWords(r, surface)).join(' ');
  }
}

export function planHeadlineWords(headline: PlanHeadline): string {
  if (headline.code === 'checklist') return CHECKLIST_HEADLINE;
  return headline.code === 'triage' ? TRIAGE_HEADLINES[headline.params.level] : headline.params.headline;
}

export function planSectionTitle(section: PlanSection): string {
  return section.afterClearance === true ? AFTER_CLEARANCE_TITLE : PLAN_SECTION_TITLES[section.id];
}

function wordItem(item: PlanItem, kb: KnowledgeBase, surface: Surface): PlanItemJson {
  const words = itemWords(item, kb, surface);
  const params = 'params' in item ? item.params : undefined;
  const because = item.because;
  return {
    id: item.id,
    code: item.code,
    ...(params !== undefined && { params }),
    title: words.title,
    text: words.text,
    ...(because !== undefined && {
      because: becauseWords(because, surface, kb),
      becauseCode: because.code,
      ...('params' in because && { becauseParams: because.params }),
    }),
    ...(words.details !== undefined && { details: words.details }),
    sources: item.sources,
  };
}

/** The plan in words, as the JSON reports write it and every presenter shows it. */
export function wordPlan(plan: CoachPlan, surface: Surface): CoachPlanJson {
  const kb = loadKnowledge();
  const sections: PlanSectionJson[] = plan.sections.map((section) => ({
    id: section.id,
    title: planSectionTitle(section),
    items: section.items.map((item) => wordItem(item, kb, surface)),
  }));
  return {
    mode: plan.mode,
    headline: planHeadlineWords(plan.headline),
    sections,
    signals: plan.signals,
    note: NOT_A_DIAGNOSIS,
  };
}
