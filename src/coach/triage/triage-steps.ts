/**
 * What each level asks the lifter to do, as step codes (src/present/vocabulary words them). Escalation must be
 * unmistakable: emergency goes now, urgent today, and neither says anything about training except to stop.
 */
import type { TriageLevel, TriageStep } from './types.js';

const step = (code: Exclude<TriageStep, { params: unknown }>['code']): TriageStep => ({ code });

export const LEVEL_STEPS: Readonly<Record<TriageLevel, readonly TriageStep[]>> = {
  emergency: [
    step('go_now'),
    step('tell_them_symptoms'),
    step('no_driving_if_leg_weak'),
    step('do_not_train'),
  ],
  urgent: [step('contact_doctor_today'), step('no_training_until_checked'), step('emergency_signs')],
  see_clinician: [
    step('book_clinician'),
    step('gentle_movement_no_leg_press'),
    step('advice_today_if_worse'),
    step('emergency_signs'),
  ],
  self_care: [step('keep_moving'), step('follow_plan'), step('see_if_not_better'), step('emergency_signs')],
};
