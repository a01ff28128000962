/**
 * A red flag beside an invalid answer: the answers that could be read are still triaged, and when they already
 * say "get care" that instruction is given with the validation error, never held back by it (worded by
 * src/present/terminal/format-triage.ts and the web app's back pain check).
 */
import type { TriageAnswersError } from './answers.js';
import { triage } from './triage.js';
import type { TriageResult } from './types.js';

/** The triage of the readable answers when it is a red flag (no training advice allowed), else undefined. */
export function redFlagDespiteInvalid(err: TriageAnswersError): TriageResult | undefined {
  if (err.readable === undefined) return undefined;
  const result = triage(err.readable);
  return result.trainingAdviceAllowed ? undefined : result;
}
