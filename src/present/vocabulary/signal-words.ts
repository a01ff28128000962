import type { Signal } from '../../coach/index.js';

/** What each signal is, in the lifter's words; video faults say so (they were seen, not answered). */
export const SIGNAL_WORDS: Readonly<Record<Signal, string>> = {
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

const VIDEO = ' (video)';

/** A signal in words; `seen` false drops the "(video)" tag where the context already says so. */
export function signalWords(signal: Signal, seen = true): string {
  const words = SIGNAL_WORDS[signal];
  return seen || !words.endsWith(VIDEO) ? words : words.slice(0, -VIDEO.length);
}
