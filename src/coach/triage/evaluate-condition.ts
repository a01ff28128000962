import type { AnswerField, TriageAnswers } from './answers.js';
import { recogniseConditions } from './known-conditions.js';
import type { Condition } from './rules.js';

/**
 * Evaluates a rule condition. Returns the answer fields that made it true, or null when it is false.
 * An unanswered field never makes a condition true; triage handles unanswered safety questions itself.
 */
export function evaluateCondition(
  condition: Condition,
  answers: TriageAnswers,
): readonly AnswerField[] | null {
  if ('yes' in condition) return answers[condition.yes] === true ? [condition.yes] : null;
  if ('field' in condition) {
    const value = answers[condition.field];
    if (value == null) return null;
    const { atLeast, above, below } = condition;
    if (atLeast !== undefined && !(value >= atLeast)) return null;
    if (above !== undefined && !(value > above)) return null;
    if (below !== undefined && !(value < below)) return null;
    return [condition.field];
  }
  if ('onset' in condition) {
    return answers.onset != null && condition.onset.includes(answers.onset) ? ['onset'] : null;
  }
  if ('knownCondition' in condition) {
    const { known } = recogniseConditions(answers.knownConditions ?? []);
    return condition.knownCondition.some((id) => known.includes(id)) ? ['knownConditions'] : null;
  }
  if ('any' in condition) {
    const matched = condition.any.map((c) => evaluateCondition(c, answers)).filter((m) => m !== null);
    return matched.length > 0 ? [...new Set(matched.flat())] : null;
  }
  const all = condition.all.map((c) => evaluateCondition(c, answers));
  if (all.some((m) => m === null)) return null;
  return [...new Set(all.flatMap((m) => m ?? []))];
}

/** The number a condition compares an answer with (38 °C, age 50, 28 days...), for the words of its reason. */
export function conditionThreshold(condition: Condition): number | undefined {
  if ('field' in condition) return condition.atLeast ?? condition.above ?? condition.below;
  const parts = 'any' in condition ? condition.any : 'all' in condition ? condition.all : [];
  for (const part of parts) {
    const found = conditionThreshold(part);
    if (found !== undefined) return found;
  }
  return undefined;
}
