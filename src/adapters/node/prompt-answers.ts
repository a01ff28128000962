/**
 * Interactive triage in a terminal: asks the questions one at a time, re-asks on an unclear reply, and stops
 * as soon as an answer makes the result an emergency (no point asking about weight loss then).
 */
import { createInterface } from 'node:readline';
import {
  type TriageAnswers,
  parseReply,
  TRIAGE_QUESTIONS,
  type TriageQuestion,
  triage,
} from '../../coach/index.js';

/** Unclear replies allowed per question before it is left unanswered (treated cautiously by triage). */
const MAX_TRIES = 3;
const QUIT = new Set(['q', 'quit', 'exit']);

export interface PromptResult {
  readonly answers: TriageAnswers;
  /** True when the person quit or input ended before all questions were asked. */
  readonly stoppedEarly: boolean;
}

function promptText(question: TriageQuestion, index: number): string {
  const n = `(${index + 1}/${TRIAGE_QUESTIONS.length}) `;
  switch (question.kind) {
    case 'yes_no':
      return `${n}${question.text} [y/n/?] `;
    case 'number':
      return `${n}${question.text} `;
    case 'choice':
      return `${n}${question.text}\n${question.choices.map((c, i) => `    ${i + 1}. ${c.label}`).join('\n')}\n  > `;
    case 'list':
      return `${n}${question.text}\n  > `;
  }
}

/**
 * Asks every triage question on `input`, writing prompts with `write`. Lines are read through an async
 * iterator, which buffers them, so piped input works as well as typing.
 */
export async function promptTriageAnswers(
  input: NodeJS.ReadableStream,
  write: (text: string) => void,
): Promise<PromptResult> {
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const answers: Record<string, unknown> = {};
  write('Answer each question; press Enter or type ? if you do not know, q to stop.\n\n');
  try {
    for (const [index, question] of TRIAGE_QUESTIONS.entries()) {
      let settled = false;
      for (let attempt = 0; attempt < MAX_TRIES && !settled; attempt++) {
        write(promptText(question, index));
        const next = await lines.next();
        if (next.done === true || QUIT.has(String(next.value).trim().toLowerCase())) {
          write('\n');
          return { answers: answers as TriageAnswers, stoppedEarly: true };
        }
        const reply = parseReply(question, String(next.value));
        if (reply.ok) {
          answers[question.field] = reply.value;
          settled = true;
        } else {
          write(`  ${reply.message}\n`);
        }
      }
      if (triage(answers as TriageAnswers).level === 'emergency') {
        write('\n');
        return { answers: answers as TriageAnswers, stoppedEarly: true };
      }
    }
    write('\n');
    return { answers: answers as TriageAnswers, stoppedEarly: false };
  } finally {
    rl.close();
  }
}
