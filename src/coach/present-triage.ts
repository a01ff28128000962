/** Plain-text rendering of a triage result (the `spotter triage` output). Pure. */
import { wrap } from './present-plan.js';
import type { TriageLevel, TriageResult } from './triage/types.js';

const LABELS: Readonly<Record<TriageLevel, string>> = {
  emergency: '!! EMERGENCY',
  urgent: '! URGENT: TODAY',
  see_clinician: 'SEE A CLINICIAN',
  self_care: 'SELF-CARE',
};

export function presentTriage(result: TriageResult, width = 88): string {
  const lines: string[] = [LABELS[result.level], ...wrap(result.headline, width, ''), ''];
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
