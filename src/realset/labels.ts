/**
 * The hand labels of the real-footage set (`../shared/realset/labels.json`, described in its README): what a
 * person saw by eye in each clip. Parsed with zod so a changed or damaged label file fails loudly, not as a
 * silently wrong score. Only the fields the evaluation scores are typed; the rest pass through.
 */
import { z } from 'zod';

/** How sure the labeller was; only `medium` or better is scored ("score only what is at least medium"). */
export type LabelConfidence = 'high' | 'medium' | 'low' | 'unscored';

const confidenceText = z.string().optional();

export const realClipLabelSchema = z.looseObject({
  name: z.string().min(1),
  camera: z.enum(['side', 'oblique-front', 'oblique-rear', 'front', 'rear']),
  machine: z.string(),
  completeReps: z.number().int().nonnegative(),
  repsRange: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  bottomTimesS: z.array(z.number()).default([]),
  partialBottomsS: z.array(z.number()).default([]),
  topKnee: z.enum(['locked', 'soft', 'unclear']),
  depth: z.string(),
  faults: z.array(z.string()).default([]),
  confidence: z.looseObject({
    reps: confidenceText,
    bottomTimes: confidenceText,
    topKnee: confidenceText,
    depth: confidenceText,
    faults: confidenceText,
  }),
});
export type RealClipLabel = z.infer<typeof realClipLabelSchema>;

export const realsetLabelsSchema = z.looseObject({ clips: z.array(realClipLabelSchema).min(1) });

/**
 * Reads a free-text confidence such as "medium (+-0.3 s)", "medium-high" or "low-medium": the weaker end of a
 * range counts, so "low-medium" is low. Missing or n/a is unscored.
 */
export function labelConfidence(text: string | undefined): LabelConfidence {
  if (text === undefined) return 'unscored';
  const words = text.toLowerCase().match(/\b(high|medium|low)\b/g);
  if (words === null) return 'unscored';
  if (words.includes('low')) return 'low';
  if (words.includes('medium')) return 'medium';
  return 'high';
}

/** Whether a label of this confidence is scored (at least medium). */
export const isScored = (c: LabelConfidence): boolean => c === 'high' || c === 'medium';

/** Parses labels.json text; throws with the offending path on a malformed file. */
export function parseRealsetLabels(text: string): RealClipLabel[] {
  const parsed = realsetLabelsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`labels.json is not in the expected form at ${first?.path.join('.')}: ${first?.message}`);
  }
  return parsed.data.clips;
}
