/**
 * What to do instead of each fault, one plain sentence per fix code: the findings carry the code (`fixCode`) and
 * these words (`fix`, the JSON report's). One table, so a fix reads the same wherever it is shown; the
 * presenters' vocabulary (src/present/vocabulary `FIX_WORDS`) is this table. No fix names a CLI option.
 */
import { FAULT_IDS, type FaultId } from '../config/fault-traits.js';

/** A fault's own fix, or `too_deep_uncalibrated`: past the general depth guide before any calibration. */
export const FIX_CODES = [...FAULT_IDS, 'too_deep_uncalibrated'] as const;
export type FixCode = FaultId | 'too_deep_uncalibrated';

export const FAULT_FIXES: Readonly<Record<FixCode, string>> = {
  pelvic_tuck:
    'Stop each rep before your hips peel off the pad: lower the sled only until your lower back starts to ' +
    'round, and set the safety stops there.',
  too_deep:
    'Stop the sled before your knees come to your chest: set the safety stops at your safe depth and keep ' +
    'your hips on the seat.',
  too_deep_uncalibrated:
    'This is deeper than the general guide, which may or may not be too deep for you: find your own safe depth ' +
    'with a slow calibration set, and until then stop just before your hips start to curl off the seat.',
  knee_lockout: 'Stop each push just short of straight: keep a soft bend in your knees at the top.',
  fast_eccentric: 'Lower the sled under control: take about two seconds on the way down, then push.',
  bounce: 'Slow the sled down before the bottom and pause for a moment there before you push.',
  heel_lift:
    'Keep your whole foot flat on the platform: place your feet a little higher and push through your heels.',
  head_lift: 'Keep the back of your head on the pad and your chin tucked, even on the hardest push.',
  knee_valgus:
    'Keep your knees in line with your toes all the way down and up: push them gently outwards and ' +
    'lighten the load if they still cave in.',
  shallow_rep:
    'Lower the sled a little further on every rep, down to your safe depth, so each rep counts the same.',
  velocity_loss:
    'End the set when your pushes slow down clearly: stop a couple of reps earlier or take a little weight off.',
  load_too_heavy:
    'Take some weight off: your form broke down as the set went on, so use a load you can move cleanly for every rep.',
};

/** The fix fields of a finding: its code and its words. */
export function fixFor(code: FixCode): { readonly fixCode: FixCode; readonly fix: string } {
  return { fixCode: code, fix: FAULT_FIXES[code] };
}
