import { describe, expect, it } from 'vitest';
import { parseReply } from './parse-reply.js';
import { TRIAGE_QUESTIONS, type TriageQuestion } from './questions.js';
import { ANSWER_FIELDS } from './answers.js';

const q = (field: string): TriageQuestion => TRIAGE_QUESTIONS.find((x) => x.field === field)!;

describe('parseReply', () => {
  it('reads yes/no replies and treats blank or ? as unanswered', () => {
    expect(parseReply(q('fever'), 'Y')).toEqual({ ok: true, value: true });
    expect(parseReply(q('fever'), ' no ')).toEqual({ ok: true, value: false });
    expect(parseReply(q('fever'), '')).toEqual({ ok: true, value: null });
    expect(parseReply(q('fever'), '?')).toEqual({ ok: true, value: null });
    expect(parseReply(q('fever'), 'maybe').ok).toBe(false);
  });

  it('checks numbers against the question range', () => {
    expect(parseReply(q('painScore'), '6.5')).toEqual({ ok: true, value: 6.5 });
    expect(parseReply(q('painScore'), '11').ok).toBe(false);
    expect(parseReply(q('age'), '41.5').ok).toBe(false);
    expect(parseReply(q('age'), 'forty').ok).toBe(false);
  });

  it('accepts a choice by number or by name', () => {
    expect(parseReply(q('onset'), '1')).toEqual({ ok: true, value: 'during_set' });
    expect(parseReply(q('onset'), 'gradual')).toEqual({ ok: true, value: 'gradual' });
    expect(parseReply(q('onset'), '4').ok).toBe(false);
  });

  it('splits a condition list on commas and drops "none"', () => {
    expect(parseReply(q('knownConditions'), 'herniated disc, Stenosis')).toEqual({
      ok: true,
      value: ['herniated disc', 'Stenosis'],
    });
    expect(parseReply(q('knownConditions'), 'none')).toEqual({ ok: true, value: [] });
    expect(parseReply(q('knownConditions'), '')).toEqual({ ok: true, value: [] });
  });

  it('asks about every answer field except the measured temperature, each once', () => {
    const fields = TRIAGE_QUESTIONS.map((x) => x.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect([...fields].sort()).toEqual(ANSWER_FIELDS.filter((f) => f !== 'temperatureC').sort());
  });

  it('asks the emergency questions first', () => {
    expect(TRIAGE_QUESTIONS.slice(0, 3).map((x) => x.field)).toEqual([
      'saddleNumbness',
      'bladderOrBowelChange',
      'legWeakness',
    ]);
  });
});
