/**
 * The coach plan as the JSON reports write it (`spotter analyze --json`, `spotter triage --json`, the web app's
 * export): each item's code and parameters (what the core decided) beside the words a presenter gave them
 * (`title`, `text`, `because`, `details`), so tools can read either. Keys kept from before the codes: `id`,
 * `title`, `text`, `because`, `details`, `sources` on items; `id`, `title`, `items` on sections; `mode`,
 * `headline`, `sections`, `signals`, `note` on the plan.
 */
import type { CoachPlan, PlanItem, PlanSectionId } from '../../coach/index.js';

/** One worded plan item: the core's code and parameters, then the words. */
export interface PlanItemJson {
  readonly id: string;
  readonly code: PlanItem['code'];
  readonly params?: Extract<PlanItem, { params: unknown }>['params'];
  readonly title: string;
  readonly text: string;
  /** What in the video, answers or history led to this item, in words. */
  readonly because?: string;
  readonly becauseCode?: NonNullable<PlanItem['because']>['code'];
  readonly becauseParams?: Extract<NonNullable<PlanItem['because']>, { params: unknown }>['params'];
  /** Extra specifics: a dose, a personal number, a caveat. */
  readonly details?: readonly string[];
  readonly sources: PlanItem['sources'];
}

export interface PlanSectionJson {
  readonly id: PlanSectionId;
  readonly title: string;
  readonly items: readonly PlanItemJson[];
}

export interface CoachPlanJson {
  readonly mode: CoachPlan['mode'];
  readonly headline: string;
  readonly sections: readonly PlanSectionJson[];
  readonly signals: CoachPlan['signals'];
  /** Not a diagnosis. */
  readonly note: string;
}
