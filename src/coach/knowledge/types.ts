/**
 * The coach's knowledge base schema. Data lives in typed modules beside this file and is validated with zod
 * when loaded (load-knowledge.ts), so a malformed item fails loudly instead of reaching a user.
 */
import { z } from 'zod';
import { FAULT_IDS } from '../../engine/index.js';
import { SOURCE_IDS, type SourceId } from './sources.js';
import { SIGNALS, type Signal } from './signals.js';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are snake_case');
/** Plain, short text: one or two sentences a lifter reads at a glance. */
const plainText = z.string().min(10).max(320);
const sources = z.array(z.enum(SOURCE_IDS as [SourceId, ...SourceId[]])).min(1);
const signal = z.enum(SIGNALS as [Signal, ...Signal[]]);

export const causeSchema = z.object({
  id,
  group: z.enum(['form', 'load', 'tempo', 'setup', 'body', 'recovery', 'condition']),
  title: z.string().min(3).max(60),
  text: plainText,
  /** Why it loads the lower back, in one plain sentence. */
  why: plainText,
  /** What it looks like in a video report and in the pain answers or history. */
  looksLike: z.object({ inReport: plainText.optional(), inAnswers: plainText.optional() }),
  /** Fault ids and answer/history signals that point at this cause. */
  pointedToBy: z.array(signal),
  fixIds: z.array(id),
  sources,
});

export const fixSchema = z.object({
  id,
  kind: z.enum(['setup', 'form', 'load', 'tempo', 'rest']),
  title: z.string().min(3).max(60),
  text: plainText,
  /** Faults this fix answers directly (the advice engine picks fixes through these and through causes). */
  forFaults: z.array(z.enum(FAULT_IDS)),
  sources,
});

export const reliefSchema = z.object({
  id,
  order: z.number().int().positive(),
  title: z.string().min(3).max(60),
  text: plainText,
  /** What the evidence actually says, plainly, including when it is only lay advice. */
  evidence: plainText,
  caveats: z.array(plainText),
  sources,
});

export const prehabSchema = z.object({
  id,
  target: z.enum(['core', 'hamstrings', 'glutes', 'hip_flexors']),
  title: z.string().min(3).max(60),
  text: plainText,
  dose: plainText,
  progression: plainText,
  sources,
});

export const alternativeSchema = z.object({
  id,
  title: z.string().min(3).max(60),
  text: plainText,
  suits: plainText,
  sparesBack: plainText,
  /** How much load passes through the spine: `none` lying or seated with the back supported, up to `moderate`. */
  spineLoad: z.enum(['none', 'low', 'moderate']),
  /** A regression keeps the leg press itself, made easier; a substitute replaces it. */
  kind: z.enum(['regression', 'substitute']),
  /** Not advised while these signals are present. */
  avoidWhen: z.array(signal),
  sources,
});

export const knowledgeSchema = z.object({
  causes: z.array(causeSchema).min(1),
  fixes: z.array(fixSchema).min(1),
  relief: z.array(reliefSchema).min(1),
  prehab: z.array(prehabSchema).min(1),
  alternatives: z.array(alternativeSchema).min(1),
});

export type Cause = z.infer<typeof causeSchema>;
export type Fix = z.infer<typeof fixSchema>;
export type Relief = z.infer<typeof reliefSchema>;
export type Prehab = z.infer<typeof prehabSchema>;
export type Alternative = z.infer<typeof alternativeSchema>;
export type KnowledgeBase = z.infer<typeof knowledgeSchema>;
