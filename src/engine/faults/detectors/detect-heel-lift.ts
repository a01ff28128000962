import { detectSustainedPerRep } from '../sustained-rep-fault.js';
import type { FaultDetector } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'whether your heels lift';
const NO_HEELS = 'MoveNet has no heel landmarks; use a BlazePose pose model to check heels';
const FEET_UNCLEAR =
  'The feet are not seen clearly enough (hidden behind the weight plates, or too small in the frame) to tell a flat foot from a lifted heel; film so the whole foot is visible';
const TOE_OFF_PLATFORM =
  'The toe point moves with your shin instead of staying on the platform, so the pose model is guessing where your feet are and a lifted heel cannot be told from a flat foot; film with the whole shoe visible against a plain background';
const FOOT_IMPLAUSIBLE =
  'The pose model does not see your feet as real feet (their length is off against your shins), so a lifted heel cannot be told from a flat foot; film from the side with the whole shoe visible and well lit';

/** Heels leave the platform near the bottom: the heel-toe line rotates heel-up. */
export const heelLiftDetector: FaultDetector = {
  id: 'heel_lift',
  scope: 'rep',
  detect(ctx) {
    const heel = ctx.kinematics.heelLiftDeg;
    if (heel === undefined || ctx.track.near.heel === undefined || ctx.track.near.toe === undefined) {
      return {
        assessable: false,
        reason: NO_HEELS,
        code: 'needs_foot_landmarks',
        params: { landmarkSet: ctx.track.landmarkSet },
      };
    }
    const problem = sideViewProblem(ctx, CHECKS);
    if (problem !== null) return { assessable: false, ...problem };
    const cfg = ctx.config.faults.heelLift;
    // A rigid foot whose measured length wobbles is a foot the model cannot see: noise alone would make lifts.
    const sd = ctx.kinematics.heelAngleUncertaintyDeg;
    if (sd !== undefined && Number.isFinite(sd) && cfg.uncertaintyCoverageSd * sd >= cfg.warnDeg) {
      return { assessable: false, reason: FEET_UNCLEAR, code: 'feet_unclear' };
    }
    // A foot measured much shorter or longer than a real one (against the shank) is not the shoe.
    const ratio = ctx.kinematics.footToShankRatio;
    if (
      ratio !== undefined &&
      Number.isFinite(ratio) &&
      !(ratio >= cfg.minFootToShank && ratio <= cfg.maxFootToShank)
    ) {
      return { assessable: false, reason: FOOT_IMPLAUSIBLE, code: 'foot_implausible' };
    }
    // Toes stay on the platform, which only slides along the sled axis; a toe swinging across it is a guess.
    const drift = ctx.kinematics.toeDriftDeg;
    if (
      drift !== undefined &&
      Number.isFinite(drift) &&
      drift >= cfg.maxToeDriftFractionOfWarn * cfg.warnDeg
    ) {
      return { assessable: false, reason: TOE_OFF_PLATFORM, code: 'toe_off_platform' };
    }
    return detectSustainedPerRep(ctx, {
      id: 'heel_lift',
      joints: { near: ['heel', 'toe'] },
      window: 'bottom',
      checks: CHECKS,
      value: (f) => heel[f] as number,
      warn: cfg.warnDeg,
      alert: cfg.alertDeg,
      minFrames: ctx.config.faults.minConsecutiveFrames,
      measureName: 'heelLiftDeg',
      unit: 'deg',
      fixCode: 'heel_lift',
    });
  },
};
