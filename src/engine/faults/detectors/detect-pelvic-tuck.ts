import { jointScoreAt } from '../joint-scores.js';
import { detectSustainedPerRep } from '../sustained-rep-fault.js';
import type { FaultDetector } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'whether your hips leave the seat pad';
const HIP_UNCLEAR = (pct: number): string =>
  `The hip point wanders by about ${pct}% of a thigh length from frame to frame, as much as the lift being ` +
  'checked, so whether your hips leave the seat pad cannot be judged; film side-on with your hips clearly ' +
  'visible and well lit, or use a more accurate pose model (BlazePose)';

/**
 * Butt wink: near the bottom the hip lifts off the back-pad line or slides up along it, for several frames.
 * The shoulder-hip line rotating (pelvis rolling under) is a second, independent signal that raises confidence.
 */
export const pelvicTuckDetector: FaultDetector = {
  id: 'pelvic_tuck',
  scope: 'rep',
  detect(ctx) {
    const cfg = ctx.config.faults.pelvicTuck;
    const problem = sideViewProblem(ctx, CHECKS, cfg.maxDepthYawDeg);
    if (problem !== null) return { assessable: false, ...problem };
    // A hip point that wanders as far as the warn lift would turn ordinary keypoint error into butt winks.
    const sd = ctx.kinematics.hipPositionUncertaintyThighs;
    if (sd !== undefined && Number.isFinite(sd) && cfg.uncertaintyCoverageSd * sd >= cfg.warnThighs) {
      const wanderPercent = Math.round(100 * cfg.uncertaintyCoverageSd * sd);
      return {
        assessable: false,
        reason: HIP_UNCLEAR(wanderPercent),
        code: 'hip_point_unclear',
        params: { wanderPercent },
      };
    }
    const { hipDepartureThighs: departure, hipSlideThighs: slide, trunkRotationDeg } = ctx.kinematics;
    // Lifting off or sliding up the pad are the same fault; whichever is larger shows it.
    const lift = (f: number): number => {
      const d = departure[f] as number;
      const s = slide[f] as number;
      if (Number.isNaN(d)) return s;
      if (Number.isNaN(s)) return d;
      return Math.max(d, s);
    };
    return detectSustainedPerRep(ctx, {
      id: 'pelvic_tuck',
      joints: { near: ['hip', 'knee'] },
      window: 'bottom',
      checks: CHECKS,
      value: lift,
      warn: cfg.warnThighs,
      alert: cfg.alertThighs,
      minFrames: cfg.minConsecutiveFrames,
      measureName: (f) =>
        (slide[f] as number) > (departure[f] as number) ? 'hipSlideThighs' : 'hipDepartureThighs',
      unit: 'thighs',
      fixCode: 'pelvic_tuck',
      adjustConfidence(frames, confidence) {
        const minScore = ctx.config.faults.minJointConfidence;
        const trunkJoints = { near: ['shoulder', 'hip'] as const };
        const confirmed = frames.some(
          (f) =>
            jointScoreAt(ctx.track, trunkJoints, f) >= minScore &&
            (trunkRotationDeg[f] as number) > cfg.trunkRotationWarnDeg,
        );
        return confirmed ? confidence : confidence * cfg.unconfirmedConfidenceFactor;
      },
    });
  },
};
