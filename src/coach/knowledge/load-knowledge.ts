/**
 * Loads the coach's knowledge once: validates every item's shape with zod, then checks the links between
 * items (unique ids, fix ids that exist, a cause and a fix for every engine fault). A broken knowledge
 * base throws at load rather than giving a lifter half an answer.
 */
import { FAULT_IDS } from '../../engine/index.js';
import { ALTERNATIVES } from './alternatives.js';
import { CAUSES } from './causes.js';
import { FIXES } from './fixes.js';
import { PREHAB } from './prehab.js';
import { RELIEF } from './relief.js';
import { knowledgeSchema, type KnowledgeBase } from './types.js';

export class KnowledgeError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The coach knowledge base is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'KnowledgeError';
  }
}

/** Cross-item problems the schema cannot see; empty when the knowledge base is consistent. */
export function checkKnowledge(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const all = [...kb.causes, ...kb.fixes, ...kb.relief, ...kb.prehab, ...kb.alternatives];
  const seen = new Set<string>();
  for (const item of all) {
    if (seen.has(item.id)) problems.push(`duplicate id '${item.id}'`);
    seen.add(item.id);
  }
  const fixIds = new Set(kb.fixes.map((f) => f.id));
  for (const cause of kb.causes) {
    if (cause.fixIds.length === 0) problems.push(`cause '${cause.id}' has no fix`);
    for (const fixId of cause.fixIds) {
      if (!fixIds.has(fixId)) problems.push(`cause '${cause.id}' names unknown fix '${fixId}'`);
    }
  }
  for (const faultId of FAULT_IDS) {
    if (!kb.causes.some((c) => c.pointedToBy.includes(faultId))) {
      problems.push(`engine fault '${faultId}' points at no cause`);
    }
    if (!kb.fixes.some((f) => f.forFaults.includes(faultId))) {
      problems.push(`engine fault '${faultId}' has no fix`);
    }
  }
  const orders = kb.relief.map((r) => r.order);
  if (new Set(orders).size !== orders.length) problems.push('relief steps share an order number');
  return problems;
}

/** Validates raw knowledge data (shape, then links) and returns it typed. */
export function validateKnowledge(raw: unknown): KnowledgeBase {
  const parsed = knowledgeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new KnowledgeError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const problems = checkKnowledge(parsed.data);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return parsed.data;
}

let cached: KnowledgeBase | undefined;

/** The validated knowledge base (validated on first use, then cached; the data is never mutated). */
export function loadKnowledge(): KnowledgeBase {
  cached ??= validateKnowledge({
    causes: CAUSES,
    fixes: FIXES,
    relief: RELIEF,
    prehab: PREHAB,
    alternatives: ALTERNATIVES,
  });
  return cached;
}
