import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { triage } from '../../coach/triage/triage.js';
import { promptTriageAnswers } from './prompt-answers.js';

async function ask(lines: readonly string[]) {
  const input = new PassThrough();
  input.end(lines.map((l) => `${l}\n`).join(''));
  let out = '';
  const result = await promptTriageAnswers(input, (t) => void (out += t));
  return { ...result, out };
}

/** Replies in question order: 3 emergency questions, age, pain, onset, character, days, then the rest. */
const CALM_REPLIES = [
  'n',
  'n',
  'n',
  '34',
  '4',
  '2',
  'dull',
  '3',
  'n',
  'n',
  'n',
  'n',
  'n',
  'n',
  'n',
  'n',
  'n',
  'y',
  '',
];

describe('promptTriageAnswers', () => {
  it('collects every answer and gives self-care for a plain strain', async () => {
    const r = await ask(CALM_REPLIES);
    expect(r.stoppedEarly).toBe(false);
    expect(r.answers).toMatchObject({
      age: 34,
      painScore: 4,
      onset: 'after_session',
      character: 'dull',
      durationDays: 3,
    });
    expect(r.answers.painWorseNextMorning).toBe(true);
    expect(r.answers.knownConditions).toEqual([]);
    expect(triage(r.answers).level).toBe('self_care');
  });

  it('stops asking as soon as an answer means emergency', async () => {
    const r = await ask(['y', 'n', 'n', '40']);
    expect(r.stoppedEarly).toBe(true);
    expect(Object.keys(r.answers)).toEqual(['saddleNumbness']);
    expect(triage(r.answers).level).toBe('emergency');
    expect(r.out).not.toContain('How old are you');
  });

  it('re-asks an unclear reply and then moves on', async () => {
    const r = await ask(['maybe', 'n', ...CALM_REPLIES.slice(1)]);
    expect(r.out).toContain('Please answer y (yes) or n (no)');
    expect(r.answers.saddleNumbness).toBe(false);
    expect(r.stoppedEarly).toBe(false);
  });

  it('keeps "don\'t know" as unanswered, which triage never treats as self-care', async () => {
    const r = await ask(['?', ...CALM_REPLIES.slice(1)]);
    expect(r.answers.saddleNumbness).toBeNull();
    const result = triage(r.answers);
    expect(result.level).toBe('see_clinician');
    expect(result.unanswered.map((u) => u.field)).toEqual(['saddleNumbness']);
  });

  it('returns what it has when the person quits or input ends', async () => {
    const quit = await ask(['n', 'q']);
    expect(quit.stoppedEarly).toBe(true);
    expect(quit.answers).toEqual({ saddleNumbness: false });
    const ended = await ask(['n', 'n']);
    expect(ended.stoppedEarly).toBe(true);
  });
});
