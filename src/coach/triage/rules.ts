/**
 * The triage decision table, as data. Each rule fires on its own; triage takes the most serious level of
 * all rules that fire. Levels follow the NICE NG59 / NHS red-flag lists as summarised in evidence.md §6:
 * any cauda equina sign -> emergency; fever, cancer, trauma, weight loss, new pain over 50 -> same day;
 * pain or tingling spreading down the leg -> stop pressing and see a clinician; otherwise self-care.
 */
import type { BooleanField, NumberField } from './answers.js';
import type { KnownConditionId } from './known-conditions.js';
import type { TriageLevel } from './types.js';

export type Condition =
  | { readonly yes: BooleanField }
  | {
      readonly field: NumberField;
      readonly atLeast?: number;
      readonly above?: number;
      readonly below?: number;
    }
  | { readonly onset: readonly ('during_set' | 'after_session' | 'gradual')[] }
  | { readonly knownCondition: readonly KnownConditionId[] }
  | { readonly any: readonly Condition[] }
  | { readonly all: readonly Condition[] };

export interface TriageRule {
  readonly id: string;
  readonly level: Exclude<TriageLevel, 'self_care'>;
  readonly when: Condition;
  /** Plain words shown to the user when the rule fires. */
  readonly reason: string;
  readonly source: string;
}

const NICE_CES = 'NICE NG59 1.1.1 (cauda equina) and NHS; evidence.md §6';
const NICE_CANCER = 'NICE NG59 1.1.1 (cancer) and NHS; evidence.md §6';
const NICE_INFECTION = 'NICE NG59 1.1.1 (infection) and NHS; evidence.md §6';
const NICE_FRACTURE = 'NICE NG59 1.1.1 (fracture) and NHS; evidence.md §6';

export const TRIAGE_RULES: readonly TriageRule[] = [
  {
    id: 'ces_saddle_numbness',
    level: 'emergency',
    when: { yes: 'saddleNumbness' },
    reason:
      'Numbness between your legs, around your genitals or buttocks can mean nerves at the base of the spine are being squeezed.',
    source: NICE_CES,
  },
  {
    id: 'ces_bladder_bowel',
    level: 'emergency',
    when: { yes: 'bladderOrBowelChange' },
    reason:
      'A change in bladder or bowel control (trouble peeing, leaking, not feeling the urge) can mean nerves at the base of the spine are being squeezed.',
    source: NICE_CES,
  },
  {
    id: 'ces_leg_weakness',
    level: 'emergency',
    when: { yes: 'legWeakness' },
    reason: 'New weakness in a leg with back pain can mean a nerve is badly compressed.',
    source: NICE_CES,
  },
  {
    id: 'infection_fever',
    level: 'urgent',
    when: { any: [{ yes: 'fever' }, { field: 'temperatureC', atLeast: 38 }] },
    reason: 'Back pain with a fever (38 °C or more) needs checking for an infection.',
    source: NICE_INFECTION,
  },
  {
    id: 'infection_risk',
    level: 'urgent',
    when: { yes: 'immunosuppressionOrIvDrugs' },
    reason:
      'A weakened immune system or injecting drugs raises the chance that back pain comes from an infection.',
    source: NICE_INFECTION,
  },
  {
    id: 'cancer_history',
    level: 'urgent',
    when: { any: [{ yes: 'cancerHistory' }, { knownCondition: ['cancer'] }] },
    reason: 'New back pain after a cancer diagnosis should be checked the same day.',
    source: NICE_CANCER,
  },
  {
    id: 'weight_loss',
    level: 'urgent',
    when: { yes: 'unexplainedWeightLoss' },
    reason: 'Back pain with weight loss you cannot explain should be checked the same day.',
    source: NICE_CANCER,
  },
  {
    id: 'night_pain',
    level: 'urgent',
    when: { yes: 'nightPain' },
    reason:
      'Pain that is bad at night, even lying still, is not typical of a strained back and should be checked.',
    source: 'NHS urgent back pain signs; evidence.md §6',
  },
  {
    id: 'age_over_50',
    level: 'urgent',
    when: { field: 'age', above: 50 },
    reason: 'New back pain that starts after age 50 should be checked the same day.',
    source: NICE_CANCER,
  },
  {
    id: 'significant_trauma',
    level: 'urgent',
    when: { yes: 'significantTrauma' },
    reason: 'Back pain after a fall, crash or other serious accident needs checking for a fracture.',
    source: NICE_FRACTURE,
  },
  {
    id: 'fragile_bone_load_injury',
    level: 'urgent',
    when: {
      all: [
        { any: [{ yes: 'osteoporosisOrSteroids' }, { knownCondition: ['osteoporosis'] }] },
        { onset: ['during_set'] },
      ],
    },
    reason:
      'With thin bones or long-term steroid use, pain that starts under a load can be a small fracture.',
    source: NICE_FRACTURE,
  },
  {
    id: 'fragile_bone',
    level: 'see_clinician',
    when: { any: [{ yes: 'osteoporosisOrSteroids' }, { knownCondition: ['osteoporosis'] }] },
    reason:
      'Thin bones or long-term steroid use make fractures easier, so loaded back pain should be checked.',
    source: NICE_FRACTURE,
  },
  {
    id: 'radiates_below_knee',
    level: 'see_clinician',
    when: { yes: 'radiatesBelowKnee' },
    reason: 'Pain that spreads below the knee suggests an irritated nerve.',
    source: 'evidence.md §6 (radiating pain: stop leg press, see a clinician)',
  },
  {
    id: 'numbness_or_tingling',
    level: 'see_clinician',
    when: { yes: 'numbnessOrTingling' },
    reason: 'Numbness or tingling in the legs suggests an irritated nerve.',
    source: 'evidence.md §6 (tingling: stop leg press, see a clinician)',
  },
  {
    id: 'not_improving',
    level: 'see_clinician',
    when: { field: 'durationDays', atLeast: 28 },
    reason: 'Back pain that has lasted four weeks or more without settling should be checked.',
    source:
      'NICE NG59 (no improvement after a month) and NHS (GP if not better in a few weeks); evidence.md §6',
  },
  {
    id: 'age_under_20',
    level: 'see_clinician',
    when: { field: 'age', below: 20 },
    reason: 'Back pain that starts before age 20 is less often a simple strain and is worth having checked.',
    source: NICE_CANCER,
  },
  {
    id: 'inflammatory_disease',
    level: 'see_clinician',
    when: { knownCondition: ['inflammatory_back_disease'] },
    reason: 'With an inflammatory back or joint disease, a flare-up needs ruling out.',
    source: 'NICE NG59 1.1.1 (inflammatory disease); evidence.md §6',
  },
  {
    id: 'known_spine_condition',
    level: 'see_clinician',
    when: { knownCondition: ['spinal_stenosis', 'herniated_disc', 'back_surgery'] },
    reason: 'With a known spine condition, a clinician should say how much loading is right for you.',
    source: 'seeds/004_96408df1529dd93d.txt; evidence.md §6',
  },
  {
    id: 'severe_pain',
    level: 'see_clinician',
    when: { field: 'painScore', atLeast: 8 },
    reason: 'Pain of 8 out of 10 or more is more than a routine strain should cause.',
    source: '[conv] threshold; evidence.md §5 (pain above 5/10 means stop) and §6',
  },
];
