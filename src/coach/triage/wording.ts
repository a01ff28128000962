/**
 * What each level tells the user. Escalation must be unmistakable: emergency says "now", urgent says
 * "today", and neither says anything about training except to stop.
 */
import type { TriageLevel } from './types.js';

export const HEADLINES: Readonly<Record<TriageLevel, string>> = {
  emergency:
    'Get emergency care now: call your local emergency number (999 in the UK, 911 in the US, 112 in the EU) or go to an emergency department.',
  urgent:
    'Get medical advice today: ask your doctor for a same-day appointment, or call an urgent advice line (NHS 111 in the UK) if they are closed.',
  see_clinician:
    'Stop leg pressing for now and book an appointment with a doctor or physiotherapist in the next few days.',
  self_care:
    'This sounds like a training strain you can look after yourself: stay gently active and change what caused it.',
};

/** Signs that should send anyone straight to emergency care, whatever their level. */
export const EMERGENCY_SIGNS =
  'numbness between your legs or around your buttocks, new trouble controlling your bladder or bowels, or a leg getting weak';

/** When self-care should turn into seeing someone. */
export const SEE_IF_NOT_BETTER =
  'See a doctor or physiotherapist if it is not clearly better within 3-4 weeks, or sooner if it gets worse.';

export const BASE_NEXT_STEPS: Readonly<Record<TriageLevel, readonly string[]>> = {
  emergency: [
    'Go now; do not wait to see whether it gets better. Treatment works best when it starts early.',
    'Tell them about your back pain and the symptoms Spotter lists here.',
    'Do not drive yourself if a leg is weak or numb.',
    'Do not train.',
  ],
  urgent: [
    'Contact a doctor today and tell them about your back pain and the reasons Spotter lists here.',
    'Do not train until a clinician has checked you.',
    `Get emergency care at once if you notice ${EMERGENCY_SIGNS}.`,
  ],
  see_clinician: [
    'Book a doctor or physiotherapist in the next few days and tell them about the reasons Spotter lists here.',
    'Until then, keep up gentle everyday movement such as walking, and skip the leg press.',
    'Get medical advice today if the pain keeps getting worse, or you get a fever or pain at night.',
    `Get emergency care at once if you notice ${EMERGENCY_SIGNS}.`,
  ],
  self_care: [
    'Keep moving: short walks and normal daily activity help more than rest.',
    'Follow the relief and training changes in your plan, and keep leg pressing pain-free or skip it for now.',
    SEE_IF_NOT_BETTER,
    `Get emergency care at once if you notice ${EMERGENCY_SIGNS}.`,
  ],
};

export const NOT_A_DIAGNOSIS =
  'Spotter is a training coach, not a doctor: this is not a diagnosis. If you are unsure or worried, contact a health professional.';
