/** Plain-text rendering of a triage result (the `spotter triage` output). Pure. */
import {
  EMERGENCY_SIGNS,
  redFlagDespiteInvalid,
  type TriageAnswersError,
  type TriageResult,
} from '../../coach/index.js';
import { TRIAGE_LEVEL_WORDS } from '../vocabulary/triage-level-words.js';
import { wrap } from './wrap.js';

export function presentTriage(result: TriageResult, width = 88): string {
  const lines: string[] = [TRIAGE_LEVEL_WORDS[result.level].banner, ...wrap(result.headline, width, ''), ''];
  if (result.reasons.length > 0) {
    lines.push('Why:');
    for (const reason of result.reasons) lines.push(...wrap(`- ${reason.text}`, width, '    ', '  '));
    lines.push('');
  }
  // In an emergency nothing unanswered could change what to do; listing it would only slow the reader.
  if (result.unanswered.length > 0 && result.level !== 'emergency') {
    lines.push('Not answered:');
    for (const q of result.unanswered)
      lines.push(...wrap(`- ${q.question} (${q.field})`, width, '    ', '  '));
    lines.push('');
  }
  lines.push('What to do:');
  for (const step of result.nextSteps) lines.push(...wrap(`- ${step}`, width, '    ', '  '));
  lines.push('', ...wrap(result.note, width, ''));
  return `${lines.join('\n')}\n`;
}

/**
 * What to say beside an answers file that failed validation: with a red flag among the readable answers, the
 * care to seek, why and the next steps; otherwise the emergency signs (the invalid answer may have been one).
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
