/** Plain-text rendering of a triage result (the `spotter triage` output). Pure. */
import { redFlagDespiteInvalid, type TriageAnswersError } from '../../coach/index.js';
import type { TriageJson } from '../../formats/triage/index.js';
import { TRIAGE_LEVEL_WORDS } from '../vocabulary/triage-level-words.js';
import { EMERGENCY_SIGNS, wordTriage } from '../vocabulary/triage-words.js';
import { wrap } from './wrap.js';

/** The triage as the terminal shows it, from its words for the CLI (`wordTriage(result, 'cli')`). */
export function presentTriage(words: TriageJson, width = 88): string {
  const lines: string[] = [TRIAGE_LEVEL_WORDS[words.level].banner, ...wrap(words.headline, width, ''), ''];
  if (words.reasons.length > 0) {
    lines.push('Why:');
    for (const reason of words.reasons) lines.push(...wrap(`- ${reason.text}`, width, '    ', '  '));
    lines.push('');
  }
  // In an emergency nothing unanswered could change what to do; listing it would only slow the reader.
  if (words.unanswered.length > 0 && words.level !== 'emergency') {
    lines.push('Not answered:');
    for (const q of words.unanswered)
      lines.push(...wrap(`- ${q.question} (${q.field})`, width, '    ', '  '));
    lines.push('');
  }
  lines.push('What to do:');
  for (const step of words.nextSteps) lines.push(...wrap(`- ${step}`, width, '    ', '  '));
  lines.push('', ...wrap(words.note, width, ''));
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
  const words = wordTriage(result, 'cli');
  const lines = [
    `!! The answers Spotter could read already show a red flag (${result.level.replace('_', ' ')}):`,
    ...wrap(words.headline, width, ''),
    'Why:',
    ...words.reasons.flatMap((r) => wrap(`- ${r.text}`, width, '    ', '  ')),
    'What to do:',
    ...words.nextSteps.flatMap((s) => wrap(`- ${s}`, width, '    ', '  ')),
  ];
  return lines.join('\n');
}
