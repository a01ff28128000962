/**
 * Pain triage: answers in, a level with its reasons and next steps out, as codes. The decision table is data
 * (rules.ts); this function only applies it. The most serious rule that fires sets the level, and
 * unanswered safety questions never allow self-care.
 */
import { SAFETY_FIELDS, type TriageAnswers } from './answers.js';
import { conditionThreshold, evaluateCondition } from './evaluate-condition.js';
import { recogniseConditions } from './known-conditions.js';
import { TRIAGE_RULES, type TriageRule } from './rules.js';
import { LEVEL_STEPS } from './triage-steps.js';
import {
  seriousness,
  type TriageLevel,
  type TriageReason,
  type TriageResult,
  type TriageStep,
} from './types.js';

export function triage(answers: TriageAnswers, rules: readonly TriageRule[] = TRIAGE_RULES): TriageResult {
  const reasons: TriageReason[] = [];
  for (const rule of rules) {
    const fields = evaluateCondition(rule.when, answers);
    if (!fields) continue;
    const threshold = conditionThreshold(rule.when);
    reasons.push({
      ruleId: rule.id,
      level: rule.level,
      fields,
      ...(threshold !== undefined && { params: { threshold } }),
      source: rule.source,
    });
  }

  const unanswered = SAFETY_FIELDS.filter((field) => answers[field] == null).map((field) => ({ field }));

  let level: TriageLevel = reasons.reduce<TriageLevel>(
    (worst, r) => (seriousness(r.level) < seriousness(worst) ? r.level : worst),
    'self_care',
  );
  if (level === 'self_care' && unanswered.length > 0) {
    level = 'see_clinician';
    reasons.push({
      ruleId: 'unanswered_safety_questions',
      level: 'see_clinician',
      fields: unanswered.map((u) => u.field),
      source: 'Spotter safety rule: no self-care advice without the red-flag answers',
    });
  }
  reasons.sort((a, b) => seriousness(a.level) - seriousness(b.level));

  return {
    level,
    reasons,
    unanswered,
    steps: nextSteps(level, answers, unanswered.length > 0),
    trainingAdviceAllowed: level === 'self_care' || level === 'see_clinician',
    answers,
  };
}

function nextSteps(level: TriageLevel, answers: TriageAnswers, hasUnanswered: boolean): TriageStep[] {
  const steps = [...LEVEL_STEPS[level]];
  if (hasUnanswered && (level === 'see_clinician' || level === 'self_care')) {
    steps.unshift({ code: 'answer_unanswered' });
  }
  const { other } = recogniseConditions(answers.knownConditions ?? []);
  if (other.length > 0 && level !== 'emergency') {
    steps.push({ code: 'check_other_conditions', params: { conditions: other } });
  }
  return steps;
}
