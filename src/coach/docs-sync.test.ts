import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from './knowledge/load-knowledge.js';
import { ANSWER_FIELDS } from './triage/answers.js';
import { TRIAGE_RULES } from './triage/rules.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('coach docs stay in step with the data', () => {
  it('documents every triage rule', () => {
    const doc = read('docs/coach.md');
    for (const rule of TRIAGE_RULES) expect(doc, rule.id).toContain(`\`${rule.id}\``);
  });

  it('documents every answer field', () => {
    const doc = read('docs/triage-answers.md');
    for (const field of ANSWER_FIELDS) expect(doc, field).toContain(`\`${field}\``);
  });

  it('states the knowledge counts correctly', () => {
    const doc = read('docs/coach.md');
    const kb = loadKnowledge();
    expect(doc).toContain(`${kb.causes.length} causes`);
    expect(doc).toContain(`${kb.fixes.length} setup, form`);
    expect(doc).toContain(`${kb.alternatives.length} regressions and substitutes`);
  });
});
