import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../formats/training-log/csv.js';
import { LOAD_RULE_IDS } from './load-rules.js';

const doc = readFileSync(new URL('../../docs/log.md', import.meta.url), 'utf8');

describe('docs/log.md stays in step with the rules', () => {
  it('documents every load rule', () => {
    for (const id of LOAD_RULE_IDS) expect(doc, id).toContain(`\`${id}\``);
  });

  it('lists every CSV column', () => {
    for (const column of CSV_COLUMNS) expect(doc, column).toContain(column);
  });
});
