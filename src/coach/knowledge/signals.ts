import { FAULT_IDS, type FaultId } from '../../engine/index.js';

/**
 * What can point at a cause besides a video fault: facts from the pain answers or the training history.
 * The advice engine derives these from its inputs; knowledge items name them so the mapping is data.
 */
export const ANSWER_SIGNALS = [
  /** Pain started during a set (a load or form event, not slow wear). */
  'pain_during_set',
  /** Pain came on gradually over sessions (overuse pattern). */
  'pain_gradual',
  /** Pain is worse the morning after training (load was more than the back tolerated). */
  'pain_worse_next_morning',
  /** Pain above 5/10 during training (the pain-monitoring limit). */
  'pain_above_5',
  'radiates_below_knee',
  'numbness_or_tingling',
  'known_spinal_stenosis',
  'known_herniated_disc',
  /** Less than 48 h since the last hard leg session (from history). */
  'short_rest',
  /** Load rose fast relative to recent weeks (from history). */
  'load_jump',
] as const;
export type AnswerSignal = (typeof ANSWER_SIGNALS)[number];

export type Signal = FaultId | AnswerSignal;
export const SIGNALS: readonly Signal[] = [...FAULT_IDS, ...ANSWER_SIGNALS];
