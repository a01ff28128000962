/**
 * The pain triage in words: src/coach/triage decides (a level, each reason's rule and threshold, the next steps
 * as codes); this module says it. Escalation must be unmistakable: emergency says "now", urgent says "today",
 * and neither says anything about training except to stop. The CLI names answer fields (its answers file uses
 * them); the app names the questions as it asks them.
 */
import {
  questionFor,
  type TriageLevel,
  type TriageReason,
  type TriageResult,
  type TriageRuleId,
  type TriageStep,
} from '../../coach/index.js';
import type { TriageJson } from '../../formats/triage/index.js';
import type { Surface } from './surface.js';

/** One sentence per level, matching it. */
export const TRIAGE_HEADLINES: Readonly<Record<TriageLevel, string>> = {
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

export const NOT_A_DIAGNOSIS =
  'Spotter is a training coach, not a doctor: this is not a diagnosis. If you are unsure or worried, contact a health professional.';

const STEP_WORDS: Readonly<Record<Exclude<TriageStep, { params: unknown }>['code'], string>> = {
  go_now: 'Go now; do not wait to see whether it gets better. Treatment works best when it starts early.',
  tell_them_symptoms: 'Tell them about your back pain and the symptoms Spotter lists here.',
  no_driving_if_leg_weak: 'Do not drive yourself if a leg is weak or numb.',
  do_not_train: 'Do not train.',
  contact_doctor_today:
    'Contact a doctor today and tell them about your back pain and the reasons Spotter lists here.',
  no_training_until_checked: 'Do not train until a clinician has checked you.',
  book_clinician:
    'Book a doctor or physiotherapist in the next few days and tell them about the reasons Spotter lists here.',
  gentle_movement_no_leg_press:
    'Until then, keep up gentle everyday movement such as walking, and skip the leg press.',
  advice_today_if_worse:
    'Get medical advice today if the pain keeps getting worse, or you get a fever or pain at night.',
  keep_moving: 'Keep moving: short walks and normal daily activity help more than rest.',
  follow_plan:
    'Follow the relief and training changes in your plan, and keep leg pressing pain-free or skip it for now.',
  see_if_not_better: SEE_IF_NOT_BETTER,
  emergency_signs: `Get emergency care at once if you notice ${EMERGENCY_SIGNS}.`,
  answer_unanswered:
    'Answer the safety questions listed as not answered: Spotter only suggests self-care once all of them are answered.',
};

/** One next step in words. */
export function triageStepWords(step: TriageStep): string {
  if (step.code === 'check_other_conditions') {
    return `You listed ${step.params.conditions.join(', ')}: if a clinician looks after it, check with them before training hard.`;
  }
  return STEP_WORDS[step.code];
}

function threshold(reason: TriageReason): number {
  const t = reason.params?.threshold;
  if (t === undefined) throw new Error(`The triage reason ${reason.ruleId} has no threshold to word.`);
  return t;
}

const NERVES_SQUEEZED = 'can mean nerves at the base of the spine are being squeezed.';

const RULE_WORDS: Readonly<Record<TriageRuleId, (reason: TriageReason) => string>> = {
  ces_saddle_numbness: () =>
    `Numbness between your legs, around your genitals or buttocks ${NERVES_SQUEEZED}`,
  ces_bladder_bowel: () =>
    `A change in bladder or bowel control (trouble peeing, leaking, not feeling the urge) ${NERVES_SQUEEZED}`,
  ces_leg_weakness: () => 'New weakness in a leg with back pain can mean a nerve is badly compressed.',
  infection_fever: (r) =>
    `Back pain with a fever (${threshold(r)} °C or more) needs checking for an infection.`,
  infection_risk: () =>
    'A weakened immune system or injecting drugs raises the chance that back pain comes from an infection.',
  cancer_history: () => 'New back pain after a cancer diagnosis should be checked the same day.',
  weight_loss: () => 'Back pain with weight loss you cannot explain should be checked the same day.',
  night_pain: () =>
    'Pain that is bad at night, even lying still, is not typical of a strained back and should be checked.',
  age_over_50: (r) => `New back pain that starts after age ${threshold(r)} should be checked the same day.`,
  significant_trauma: () =>
    'Back pain after a fall, crash or other serious accident needs checking for a fracture.',
  fragile_bone_load_injury: () =>
    'With thin bones or long-term steroid use, pain that starts under a load can be a small fracture.',
  fragile_bone: () =>
    'Thin bones or long-term steroid use make fractures easier, so loaded back pain should be checked.',
  radiates_below_knee: () => 'Pain that spreads below the knee suggests an irritated nerve.',
  numbness_or_tingling: () => 'Numbness or tingling in the legs suggests an irritated nerve.',
  not_improving: (r) => {
    const days = threshold(r);
    const span = days % 7 === 0 ? `${days / 7} weeks` : `${days} days`;
    return `Back pain that has lasted ${span} or more without settling should be checked.`;
  },
  age_under_20: (r) =>
    `Back pain that starts before age ${threshold(r)} is less often a simple strain and is worth having checked.`,
  inflammatory_disease: () => 'With an inflammatory back or joint disease, a flare-up needs ruling out.',
  known_spine_condition: () =>
    'With a known spine condition, a clinician should say how much loading is right for you.',
  severe_pain: (r) => `Pain of ${threshold(r)} out of 10 or more is more than a routine strain should cause.`,
};

/** One reason in words. The CLI names the unanswered fields (as its answers file spells them). */
export function triageReasonWords(reason: TriageReason, surface: Surface): string {
  if (reason.ruleId === 'unanswered_safety_questions') {
    const which = surface === 'cli' ? ` (${reason.fields.join(', ')})` : '';
    return `Some safety questions were not answered${which}, so Spotter cannot rule out a problem that needs a clinician.`;
  }
  return RULE_WORDS[reason.ruleId](reason);
}

/** The triage in words, as `spotter triage --json` writes it and every presenter shows it. */
export function wordTriage(result: TriageResult, surface: Surface): TriageJson {
  return {
    level: result.level,
    headline: TRIAGE_HEADLINES[result.level],
    reasons: result.reasons.map((r) => ({
      ruleId: r.ruleId,
      level: r.level,
      text: triageReasonWords(r, surface),
      fields: r.fields,
      ...(r.params !== undefined && { params: r.params }),
      source: r.source,
    })),
    unanswered: result.unanswered.map((u) => ({ field: u.field, question: questionFor(u.field) })),
    nextSteps: result.steps.map(triageStepWords),
    steps: result.steps,
    note: NOT_A_DIAGNOSIS,
    trainingAdviceAllowed: result.trainingAdviceAllowed,
    answers: result.answers,
  };
}
