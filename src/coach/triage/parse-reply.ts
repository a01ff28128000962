/**
 * Turns a typed reply to one triage question into an answer value. Pure, so the interactive terminal mode
 * and the web form share it. A blank reply or "?" means "don't know" (null): triage then treats that
 * question as unanswered, which is always the cautious reading.
 */
import type { TriageQuestion } from './questions.js';

export type ReplyResult =
  | { readonly ok: true; readonly value: boolean | number | string | readonly string[] | null }
  | { readonly ok: false; readonly message: string };

const YES = new Set(['y', 'yes', 'true', '1']);
const NO = new Set(['n', 'no', 'false', '0']);
const UNKNOWN = new Set(['', '?', 'dont know', "don't know", 'not sure', 'unsure', 'skip']);

export function parseReply(question: TriageQuestion, reply: string): ReplyResult {
  const text = reply.trim().toLowerCase();
  if (UNKNOWN.has(text) && question.kind !== 'list') return { ok: true, value: null };
  switch (question.kind) {
    case 'yes_no':
      if (YES.has(text)) return { ok: true, value: true };
      if (NO.has(text)) return { ok: true, value: false };
      return { ok: false, message: 'Please answer y (yes) or n (no), or ? if you do not know.' };
    case 'number': {
      const value = Number(text.replace(',', '.'));
      const inRange = text !== '' && Number.isFinite(value) && value >= question.min && value <= question.max;
      if (!inRange || (question.integer && !Number.isInteger(value))) {
        const kind = question.integer ? 'a whole number' : 'a number';
        return {
          ok: false,
          message: `Please give ${kind} from ${question.min} to ${question.max}, or ? if you do not know.`,
        };
      }
      return { ok: true, value };
    }
    case 'choice': {
      const byNumber = question.choices[Number(text) - 1];
      const match =
        byNumber ?? question.choices.find((c) => c.value === text.replace(/\s+/g, '_') || c.label === text);
      if (match) return { ok: true, value: match.value };
      return { ok: false, message: `Please pick 1-${question.choices.length}, or ? if you do not know.` };
    }
    case 'list':
      if (text === '?') return { ok: true, value: null };
      return {
        ok: true,
        value: reply
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '' && s.toLowerCase() !== 'none'),
      };
  }
}
