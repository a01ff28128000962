import type { TriageLevel } from '../../coach/index.js';

/**
 * How every presenter names a triage level: the terminal's banner (marker and capitals), a symbol for the web
 * app, and the title of the plan item that says what care to seek.
 */
export interface TriageLevelWords {
  readonly banner: string;
  readonly symbol: string;
  readonly title: string;
}

export const TRIAGE_LEVEL_WORDS: Readonly<Record<TriageLevel, TriageLevelWords>> = {
  emergency: { banner: '!! EMERGENCY', symbol: '■', title: 'Emergency care now' },
  urgent: { banner: '! URGENT: TODAY', symbol: '▲', title: 'Medical advice today' },
  see_clinician: { banner: 'SEE A CLINICIAN', symbol: '●', title: 'See a doctor or physiotherapist' },
  self_care: { banner: 'SELF-CARE', symbol: '✓', title: 'Look after it yourself' },
};
