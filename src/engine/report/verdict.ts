import type { FaultFinding, FaultId, Severity } from '../faults/types.js';
import { FAULT_LABELS, FAULT_PRIORITY, SEVERITY_RANK } from './fault-labels.js';
import type { FaultSummary, Verdict } from './types.js';

/** Faults that load the lower back in flexion: one alert is enough to stop and lighten the load. */
const STOP_ON_ALERT: readonly FaultId[] = ['pelvic_tuck', 'load_too_heavy', 'velocity_loss'];
/** Back-risk faults: even a warning means fix it before adding load. */
const FIX_ON_WARN: readonly FaultId[] = ['pelvic_tuck', 'too_deep'];

function repsText(reps: readonly number[]): string {
  if (reps.length === 0) return 'across the set';
  return reps.length === 1 ? `in rep ${reps[0]}` : `in reps ${reps.join(', ')}`;
}

function atLeast(s: Severity, min: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[min];
}

/**
 * The one-line verdict. Ladder: stop (a back-loading fault at alert) > fix before adding load (any alert,
 * a back-risk warning, or a warning repeated over reps) > minor (info or a single warning) > clean.
 * `summaries` must be sorted most serious first.
 */
export function decideVerdict(
  summaries: readonly FaultSummary[],
  findings: readonly FaultFinding[],
  repCount: number,
  notAssessableCount: number,
): { level: Verdict; headline: string } {
  if (repCount === 0) {
    return {
      level: 'minor',
      headline:
        'No complete reps were found, so nothing was judged: film the whole set from the side, top to bottom of each rep.',
    };
  }
  const worst = summaries[0];
  if (worst === undefined || findings.length === 0) {
    const caveat =
      notAssessableCount > 0 ? ' in what could be judged (some checks were not possible, see below)' : '';
    return { level: 'clean', headline: `Clean set: ${repCount} reps, no faults seen${caveat}.` };
  }
  const what = `${FAULT_LABELS[worst.id]} ${repsText(worst.reps)}`;
  const stop = summaries.some((s) => s.worstSeverity === 'alert' && STOP_ON_ALERT.includes(s.id));
  if (stop) return { level: 'stop', headline: `Stop and lighten the load: ${what}.` };
  const fix = summaries.some(
    (s) =>
      s.worstSeverity === 'alert' ||
      (atLeast(s.worstSeverity, 'warn') &&
        (FIX_ON_WARN.includes(s.id) || s.count > 1 || s.reps.length === 0)),
  );
  if (fix) return { level: 'fix_before_adding_load', headline: `Fix before adding load: ${what}.` };
  return { level: 'minor', headline: `Mostly good; one thing to watch: ${what}.` };
}

/** Most serious first: severity, then how often, then back-risk priority. */
export function compareSummaries(a: FaultSummary, b: FaultSummary): number {
  return (
    SEVERITY_RANK[b.worstSeverity] - SEVERITY_RANK[a.worstSeverity] ||
    b.count - a.count ||
    FAULT_PRIORITY[a.id] - FAULT_PRIORITY[b.id]
  );
}
