import { fixFor } from '../fault-fixes.js';
import { findingConfidence, marginFactor } from '../confidence.js';
import { runDetector } from '../run-detector.js';
import type { FaultDetector, FaultFinding, Severity } from '../types.js';
import { FORM_DETECTORS } from './rep-detectors.js';
import { velocityLossDetector } from './detect-velocity-loss.js';

const CHECKS = 'whether the load is too heavy';

const BADNESS: Readonly<Record<Severity, number>> = { info: 0, warn: 0.5, alert: 1 };

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Faults that appear or grow as the set goes on. Each rep gets a form badness (0 clean, 0.5 its worst
 * fault a warning, 1 an alert); the late half of the set is compared with the early half. Velocity loss
 * together with form getting worse is the strongest sign. Asks the form detectors itself (they are pure), so it
 * needs no other detector's state; `runDetector` hands back the results `detectFaults` already has for the set.
 */
export const loadTooHeavyDetector: FaultDetector = {
  id: 'load_too_heavy',
  scope: 'set',
  detect(ctx) {
    const cfg = ctx.config.faults.loadTooHeavy;
    const n = ctx.reps.length;
    if (n < cfg.minReps) {
      return {
        assessable: false,
        reason: `The set has ${n} rep${n === 1 ? '' : 's'}; ${CHECKS} needs at least ${cfg.minReps} to compare early and late reps.`,
        code: 'too_few_reps',
        params: { reps: n, minReps: cfg.minReps },
      };
    }
    const form: FaultFinding[] = [];
    let judged = 0;
    for (const detector of FORM_DETECTORS) {
      const result = runDetector(detector, ctx);
      if (!result.assessable) continue;
      judged++;
      form.push(...result.findings);
    }
    if (judged === 0) {
      return {
        assessable: false,
        reason: `None of the form checks could be made, so ${CHECKS} could not be judged.`,
        code: 'no_form_checks',
      };
    }

    const badness = new Map<number, number>();
    for (const f of form) {
      if (f.repIndex === null) continue;
      badness.set(f.repIndex, Math.max(badness.get(f.repIndex) ?? 0, BADNESS[f.severity]));
    }
    const half = Math.floor(n / 2);
    const early = ctx.reps.slice(0, half);
    const late = ctx.reps.slice(n - half);
    const increase =
      mean(late.map((r) => badness.get(r.index) ?? 0)) - mean(early.map((r) => badness.get(r.index) ?? 0));

    const velocity = runDetector(velocityLossDetector, ctx);
    const loss = velocity.assessable ? velocity.findings[0] : undefined;
    const grew = increase >= cfg.minLateFaultRepsIncrease;
    // Slowing down while form gets worse (even a little) is the other sign.
    const slowedAndSlipped = loss !== undefined && increase > 0;
    if (!grew && !slowedAndSlipped) return { assessable: true, findings: [] };

    const lateIndices = new Set(late.map((r) => r.index));
    const lateFindings = form
      .filter((f) => f.repIndex !== null && lateIndices.has(f.repIndex))
      .sort((a, b) => BADNESS[b.severity] - BADNESS[a.severity] || b.confidence - a.confidence);
    const formFrames = lateFindings.flatMap((f) => f.frames.slice(0, 1));
    const formConfidence = mean(lateFindings.map((f) => f.confidence));
    let finding: FaultFinding;
    if (grew) {
      finding = {
        id: 'load_too_heavy',
        repIndex: null,
        severity: loss !== undefined ? 'alert' : 'warn',
        confidence: findingConfidence(
          formConfidence,
          marginFactor(increase - cfg.minLateFaultRepsIncrease, cfg.minLateFaultRepsIncrease),
        ),
        frames: [...new Set(formFrames)],
        measure: {
          name: 'lateFormBadnessIncrease',
          value: increase,
          unit: 'ratio',
          threshold: cfg.minLateFaultRepsIncrease,
        },
        ...fixFor('load_too_heavy'),
      };
    } else {
      const slowing = loss as FaultFinding;
      finding = {
        id: 'load_too_heavy',
        repIndex: null,
        severity: 'warn',
        confidence: findingConfidence(formConfidence, slowing.confidence),
        frames: [...new Set([...formFrames, ...slowing.frames])],
        measure: slowing.measure,
        ...fixFor('load_too_heavy'),
      };
    }
    return { assessable: true, findings: [finding] };
  },
};
