import type { AnalysisReport, FaultId, NotAssessable, SafeDepth } from '../../engine/index.js';
import type { Signal } from '../knowledge/signals.js';
import type { SourceId } from '../knowledge/sources.js';
import type { AnswerField } from '../triage/answers.js';
import type { TriageLevel, TriageReason, TriageResult, TriageStep } from '../triage/types.js';

/**
 * Training history the training log can pass in. All optional: the coach uses what it gets.
 * Kept minimal on purpose; the training-log owner may add fields (additively).
 */
export interface TrainingHistory {
  /** Hours since the previous hard leg session. */
  readonly hoursSinceLastLegSession?: number;
  /** Pain the morning after the last session was worse than before it. */
  readonly painWorseNextMorning?: boolean;
  /** Highest pain during the last session, 0-10. */
  readonly lastPainDuringScore?: number;
  /** This week's leg load over the mean of the previous four weeks (informational only, evidence.md §5). */
  readonly acuteChronicLoadRatio?: number;
}

export interface PlanInput {
  readonly report?: AnalysisReport;
  readonly triage?: TriageResult;
  readonly history?: TrainingHistory;
}

export const PLAN_SECTION_IDS = [
  'stop_now',
  'see_someone',
  'why',
  'next_session',
  'relief',
  'prehab',
  'alternatives',
] as const;
export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

/** The knowledge-base tables a plan item can come from; its `id` is the item's id in that table. */
export type KnowledgeKind = 'cause' | 'fix' | 'relief' | 'prehab' | 'alternative';

/** A check the video could not make, and the engine's reason (its words, and a code for some). */
export type NotJudgedCheck = NotAssessable;

/**
 * What a plan item says, as a code with typed parameters. The words are the presenters' (src/present/vocabulary):
 * the core decides what to advise and why, never how it reads. Knowledge items name their knowledge-base entry;
 * the plan's own rules carry what their wording needs; the triage care carries the triage's codes.
 */
export type PlanMessage =
  | { readonly code: Exclude<KnowledgeKind, 'fix'>; readonly params: { readonly id: string } }
  | {
      readonly code: 'fix';
      readonly params: { readonly id: string; readonly safeDepth?: SafeDepth };
    }
  | { readonly code: 'stop_training' }
  | { readonly code: 'stop_leg_press' }
  | { readonly code: 'stop_pain_above'; readonly params: { readonly painStopScore: number } }
  | { readonly code: 'no_more_load' }
  | { readonly code: 'not_judged'; readonly params: { readonly checks: readonly NotJudgedCheck[] } }
  | { readonly code: 'set_not_judged' }
  | {
      readonly code: 'triage_care';
      readonly params: {
        readonly level: TriageLevel;
        readonly steps: readonly TriageStep[];
        readonly reasons: readonly TriageReason[];
      };
    }
  | { readonly code: 'triage_unanswered'; readonly params: { readonly fields: readonly AnswerField[] } }
  | { readonly code: 'see_if_not_better' }
  | { readonly code: 'emergency_signs' }
  | { readonly code: 'answer_pain_questions' };
export type PlanMessageCode = PlanMessage['code'];

/** One reason a fix made the plan: a signal seen or answered, a likely cause (by id), or the setup checklist. */
export type FixReason =
  { readonly signal: Signal } | { readonly cause: string } | { readonly checklist: true };

/** What in the video, answers or history led to an item, as a code with typed parameters. */
export type PlanBecause =
  | { readonly code: 'pointed_to_by'; readonly params: { readonly signals: readonly Signal[] } }
  | { readonly code: 'fix_for'; readonly params: { readonly reasons: readonly FixReason[] } }
  | { readonly code: 'pain_above'; readonly params: { readonly painStopScore: number } }
  | { readonly code: 'pain_during_set' }
  | { readonly code: 'alert_faults'; readonly params: { readonly faults: readonly FaultId[] } }
  | { readonly code: 'verdict'; readonly params: { readonly headline: string } }
  | { readonly code: 'triage_reasons'; readonly params: { readonly reasons: readonly TriageReason[] } };

export type PlanItem = PlanMessage & {
  /** Knowledge id (or a plan-rule id for items that are not in the knowledge base). */
  readonly id: string;
  readonly because?: PlanBecause;
  readonly sources: readonly (SourceId | string)[];
};

export interface PlanSection {
  readonly id: PlanSectionId;
  readonly items: readonly PlanItem[];
  /** `next_session` while a clinician has to clear the lifter first: the changes are for once cleared. */
  readonly afterClearance?: boolean;
}

/**
 * `red_flag`: emergency or urgent triage; only stop and get care, no training advice.
 * `clinician_first`: stop pressing and see someone; setup changes are for once cleared.
 * `coach`: self-care or no triage; the full plan.
 */
export type PlanMode = 'red_flag' | 'clinician_first' | 'coach';

/** What the plan leads with: the triage level's headline, the verdict's, or (neither) the setup checklist. */
export type PlanHeadline =
  | { readonly code: 'triage'; readonly params: { readonly level: TriageLevel } }
  | { readonly code: 'verdict'; readonly params: { readonly headline: string } }
  | { readonly code: 'checklist' };

export interface CoachPlan {
  readonly mode: PlanMode;
  readonly headline: PlanHeadline;
  /** In priority order; empty sections are left out. */
  readonly sections: readonly PlanSection[];
  /** Everything that pointed at causes: fault ids and answer/history signals. */
  readonly signals: readonly Signal[];
}
