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

/** The rules' ids: the code of the reason each gives (src/present/vocabulary words it). */
export const TRIAGE_RULE_IDS = [
  'ces_saddle_numbness',
  'ces_bladder_bowel',
  'ces_leg_weakness',
  'infection_fever',
  'infection_risk',
  'cancer_history',
  'weight_loss',
  'night_pain',
  'age_over_50',
  'significant_trauma',
  'fragile_bone_load_injury',
  'fragile_bone',
  'radiates_below_knee',
  'numbness_or_tingling',
  'not_improving',
  'age_under_20',
  'inflammatory_disease',
  'known_spine_condition',
  'severe_pain',
] as const;
export type TriageRuleId = (typeof TRIAGE_RULE_IDS)[number];

export interface TriageRule {
  readonly id: TriageRuleId;
  readonly level: Exclude<TriageLevel, 'self_care'>;
  readonly when: Condition;
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
    source: NICE_CES,
  },
  {
    id: 'ces_bladder_bowel',
    level: 'emergency',
    when: { yes: 'bladderOrBowelChange' },
    source: NICE_CES,
  },
  {
    id: 'ces_leg_weakness',
    level: 'emergency',
    when: { yes: 'legWeakness' },
    source: NICE_CES,
  },
  {
    id: 'infection_fever',
    level: 'urgent',
    when: { any: [{ yes: 'fever' }, { field: 'temperatureC', atLeast: 38 }] },
    source: NICE_INFECTION,
  },
  {
    id: 'infection_risk',
    level: 'urgent',
    when: { yes: 'immunosuppressionOrIvDrugs' },
    source: NICE_INFECTION,
  },
  {
    id: 'cancer_history',
    level: 'urgent',
    when: { any: [{ yes: 'cancerHistory' }, { knownCondition: ['cancer'] }] },
    source: NICE_CANCER,
  },
  {
    id: 'weight_loss',
    level: 'urgent',
    when: { yes: 'unexplainedWeightLoss' },
    source: NICE_CANCER,
  },
  {
    id: 'night_pain',
    level: 'urgent',
    when: { yes: 'nightPain' },
    source: 'NHS urgent back pain signs; evidence.md §6',
  },
  {
    id: 'age_over_50',
    level: 'urgent',
    when: { field: 'age', above: 50 },
    source: NICE_CANCER,
  },
  {
    id: 'significant_trauma',
    level: 'urgent',
    when: { yes: 'significantTrauma' },
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
    source: NICE_FRACTURE,
  },
  {
    id: 'fragile_bone',
    level: 'see_clinician',
    when: { any: [{ yes: 'osteoporosisOrSteroids' }, { knownCondition: ['osteoporosis'] }] },
    source: NICE_FRACTURE,
  },
  {
    id: 'radiates_below_knee',
    level: 'see_clinician',
    when: { yes: 'radiatesBelowKnee' },
    source: 'evidence.md §6 (radiating pain: stop leg press, see a clinician)',
  },
  {
    id: 'numbness_or_tingling',
    level: 'see_clinician',
    when: { yes: 'numbnessOrTingling' },
    source: 'evidence.md §6 (tingling: stop leg press, see a clinician)',
  },
  {
    id: 'not_improving',
    level: 'see_clinician',
    when: { field: 'durationDays', atLeast: 28 },
    source:
      'NICE NG59 (no improvement after a month) and NHS (GP if not better in a few weeks); evidence.md §6',
  },
  {
    id: 'age_under_20',
    level: 'see_clinician',
    when: { field: 'age', below: 20 },
    source: NICE_CANCER,
  },
  {
    id: 'inflammatory_disease',
    level: 'see_clinician',
    when: { knownCondition: ['inflammatory_back_disease'] },
    source: 'NICE NG59 1.1.1 (inflammatory disease); evidence.md §6',
  },
  {
    id: 'known_spine_condition',
    level: 'see_clinician',
    when: { knownCondition: ['spinal_stenosis', 'herniated_disc', 'back_surgery'] },
    source: 'seeds/004_96408df1529dd93d.txt; evidence.md §6',
  },
  {
    id: 'severe_pain',
    level: 'see_clinician',
    when: { field: 'painScore', atLeast: 8 },
    source: '[conv] threshold; evidence.md §5 (pain above 5/10 means stop) and §6',
  },
];
