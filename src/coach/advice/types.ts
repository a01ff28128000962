import type { AnalysisReport } from '../../engine/report/types.js';
import type { Signal } from '../knowledge/signals.js';
import type { SourceId } from '../knowledge/sources.js';
import type { TriageResult } from '../triage/types.js';

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

export interface PlanItem {
  /** Knowledge id (or a plan-rule id for items that are not in the knowledge base). */
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** What in the video, answers or history led to this item. */
  readonly because?: string;
  /** Extra specifics: a dose, a personal number, a caveat. */
  readonly details?: readonly string[];
  readonly sources: readonly (SourceId | string)[];
}

export interface PlanSection {
  readonly id: PlanSectionId;
  readonly title: string;
  readonly items: readonly PlanItem[];
}

/**
 * `red_flag`: emergency or urgent triage; only stop and get care, no training advice.
 * `clinician_first`: stop pressing and see someone; setup changes are for once cleared.
 * `coach`: self-care or no triage; the full plan.
 */
export type PlanMode = 'red_flag' | 'clinician_first' | 'coach';

export interface CoachPlan {
  readonly mode: PlanMode;
  readonly headline: string;
  /** In priority order; empty sections are left out. */
  readonly sections: readonly PlanSection[];
  /** Everything that pointed at causes: fault ids and answer/history signals. */
  readonly signals: readonly Signal[];
  readonly note: string;
}
