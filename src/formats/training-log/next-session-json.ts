/**
 * The next-session advice as `spotter log next --json` (and `log show --json`'s `next`) writes it: the core's
 * decision and each reason's rule, numbers and sources, beside the words a presenter gave them (`headline`,
 * each reason's `text`), the keys the JSON had before the codes.
 */
import type { NextSession, Reason } from '../../log/index.js';

export type ReasonJson = Reason & {
  /** The reason in words, with the numbers. */
  readonly text: string;
};

export type NextSessionJson = Omit<NextSession, 'reasons'> & {
  /** One line for the lifter (the decision, and the rest still needed). */
  readonly headline: string;
  readonly reasons: readonly ReasonJson[];
};
