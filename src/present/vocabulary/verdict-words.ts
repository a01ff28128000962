import type { Verdict } from '../../engine/index.js';

/**
 * How every presenter names a verdict: a symbol (never colour alone), the short name the terminal prints in
 * capitals and the README lists, and the title the HTML report and the web app show.
 */
export interface VerdictWords {
  readonly symbol: string;
  readonly name: string;
  readonly title: string;
}

export const VERDICT_WORDS: Readonly<Record<Verdict, VerdictWords>> = {
  clean: { symbol: '✓', name: 'clean', title: 'Clean set' },
  minor: { symbol: '●', name: 'minor', title: 'Minor points to tidy up' },
  fix_before_adding_load: {
    symbol: '▲',
    name: 'fix before adding load',
    title: 'Fix before adding load',
  },
  stop: { symbol: '■', name: 'stop', title: 'Stop and fix this first' },
  not_judged: { symbol: '?', name: 'not judged', title: 'Not judged' },
};

/** Shown instead of the verdict when the back-pain check found a red flag. */
export const RED_FLAG_TITLE = 'Red flag: get care before any more training';
