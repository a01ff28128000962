import type { TriageAnswers } from './answers.js';

/** Test fixture: every safety question answered "no", a plain training strain (self care). */
export const CALM_ANSWERS: TriageAnswers = {
  age: 30,
  painScore: 3,
  onset: 'after_session',
  character: 'dull',
  radiatesBelowKnee: false,
  numbnessOrTingling: false,
  saddleNumbness: false,
  bladderOrBowelChange: false,
  legWeakness: false,
  fever: false,
  unexplainedWeightLoss: false,
  cancerHistory: false,
  significantTrauma: false,
  nightPain: false,
  durationDays: 2,
  knownConditions: [],
};
