/**
 * A red flag beside an invalid answer: the answers that could be read are still triaged, and when they already
 * say "get care" that instruction is given with the validation error, never held back by it.
 */
import { wrap } from '../present-plan.js';
import type { TriageAnswersError } from './answers.js';
import { triage } from './triage.js';
import type { TriageResult } from './types.js';
import { EMERGENCY_SIGNS } from './wording.js';

/** The triage of the readable answers when it is a red flag (no training advice allowed), else undefined. */
export function redFlagDespiteInvalid(err: TriageAnswersError): TriageResult | undefined {
  if (err.readable === undefined) return undefined;
  const result = triage(err.readable);
  return result.trainingAdviceAllowed ? undefined : result;
}

/**
 * What to say beside the validation error: with a red flag among the readable answers, the care to seek, why
 * and the next steps; otherwise the emergency signs (the invalid answer may have been one of them).
 */
export function careDespiteInvalid(err: TriageAnswersError, width = 88): string {
  const result = redFlagDespiteInvalid(err);
  if (result === undefined) {
    return `If you have ${EMERGENCY_SIGNS}, get emergency care now.`;
  }
  const lines = [
    `!! The answers Spotter could read already show a red flag (${result.level.replace('_', ' ')}):`,
    ...wrap(result.headline, width, ''),
    'Why:',
    ...result.reasons.flatMap((r) => wrap(`- ${r.text}`, width, '    ', '  ')),
    'What to do:',
    ...result.nextSteps.flatMap((s) => wrap(`- ${s}`, width, '    ', '  ')),
  ];
  return lines.join('\n');
}
