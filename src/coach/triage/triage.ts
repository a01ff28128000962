/**
 * Pain triage: answers in, a level with its reasons and next steps out. The decision table is data
 * (rules.ts); this function only applies it. The most serious rule that fires sets the level, and
 * unanswered safety questions never allow self-care.
 */
import { SAFETY_FIELDS, type TriageAnswers } from './answers.js';
import { evaluateCondition } from './evaluate-condition.js';
import { recogniseConditions } from './known-conditions.js';
import { questionFor } from './questions.js';
import { TRIAGE_RULES, type TriageRule } from './rules.js';
import { seriousness, type TriageLevel, type TriageReason, type TriageResult } from './types.js';
import { BASE_NEXT_STEPS, HEADLINES, NOT_A_DIAGNOSIS } from './wording.js';

export function triage(answers: TriageAnswers, rules: readonly TriageRule[] = TRIAGE_RULES): TriageResult {
  const reasons: TriageReason[] = [];
  for (const rule of rules) {
    const fields = evaluateCondition(rule.when, answers);
    if (fields)
      reasons.push({ ruleId: rule.id, level: rule.level, text: rule.reason, fields, source: rule.source });
  }

  const unanswered = SAFETY_FIELDS.filter((field) => answers[field] == null).map((field) => ({
    field,
    question: questionFor(field),
  }));

  let level: TriageLevel = reasons.reduce<TriageLevel>(
    (worst, r) => (seriousness(r.level) < seriousness(worst) ? r.level : worst),
    'self_care',
  );
  if (level === 'self_care' && unanswered.length > 0) {
    level = 'see_clinician';
    reasons.push({
      ruleId: 'unanswered_safety_questions',
      level: 'see_clinician',
      text: `Some safety questions were not answered (${unanswered.map((u) => u.field).join(', ')}), so Spotter cannot rule out a problem that needs a clinician.`,
      fields: unanswered.map((u) => u.field),
      source: 'Spotter safety rule: no self-care advice without the red-flag answers',
    });
  }
  reasons.sort((a, b) => seriousness(a.level) - seriousness(b.level));

  return {
    level,
    headline: HEADLINES[level],
    reasons,
    unanswered,
    nextSteps: nextSteps(level, answers, unanswered.length > 0),
    note: NOT_A_DIAGNOSIS,
    trainingAdviceAllowed: level === 'self_care' || level === 'see_clinician',
    answers,
  };
}

function nextSteps(level: TriageLevel, answers: TriageAnswers, hasUnanswered: boolean): string[] {
  const steps = [...BASE_NEXT_STEPS[level]];
  if (hasUnanswered && (level === 'see_clinician' || level === 'self_care')) {
    steps.unshift(
      'Answer the questions listed as unanswered below: Spotter only suggests self-care once all of them are answered.',
    );
  }
  const { other } = recogniseConditions(answers.knownConditions ?? []);
  if (other.length > 0 && level !== 'emergency') {
    steps.push(
      `You listed ${other.join(', ')}: if a clinician looks after it, check with them before training hard.`,
    );
  }
  return steps;
}
