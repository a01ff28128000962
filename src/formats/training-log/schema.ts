/**
 * The zod schema of training log format v1 (docs/log.md). Objects are strict: a misspelt field in a hand-edited
 * log is an error rather than silently dropped data. Ranges come from the core's LOG_LIMITS.
 */
import { z } from 'zod';
import { FAULT_IDS, VERDICTS } from '../../engine/index.js';
import { EXERCISES, LOG_LIMITS as L, isIsoDateTime } from '../../log/index.js';
import { TRAINING_LOG_FORMAT_ID, TRAINING_LOG_FORMAT_VERSION } from './constants.js';

const range = (r: { min: number; max: number }) => z.number().min(r.min).max(r.max);
const whole = (r: { min: number; max: number }) => z.number().int().min(r.min).max(r.max);

export const isoDateTimeSchema = z
  .string()
  .refine(isIsoDateTime, 'must be an ISO date-time with an offset, e.g. 2026-11-21T18:05:00+01:00');

export const painSchema = z.strictObject({
  during: whole(L.pain).optional(),
  after: whole(L.pain).optional(),
  nextMorning: whole(L.pain).optional(),
});

export const setAnalysisSchema = z.strictObject({
  repsSeen: z.number().int().min(0),
  eccentricMeanS: z.number().min(0).optional(),
  concentricMeanS: z.number().min(0).optional(),
  hipFlexionMaxDeg: z.number().optional(),
  kneeMinDeg: z.number().optional(),
  safeDepthDeg: z.number().optional(),
  verdict: z.enum(VERDICTS).optional(),
  faults: z.array(
    z.strictObject({
      id: z.enum(FAULT_IDS),
      count: z.number().int().min(0),
      worstSeverity: z.enum(['info', 'warn', 'alert']),
    }),
  ),
});

export const setSchema = z.strictObject({
  id: z.number().int().positive(),
  atIso: isoDateTimeSchema,
  exercise: z.enum(EXERCISES),
  loadKg: range(L.loadKg),
  reps: whole(L.reps),
  targetReps: whole(L.targetReps).optional(),
  rir: whole(L.rir).optional(),
  rpe: range(L.rpe).optional(),
  analysis: setAnalysisSchema.optional(),
  pain: painSchema,
  notes: z.string().max(L.notesChars).optional(),
});

export const settingsSchema = z.strictObject({
  targetReps: whole(L.targetReps),
  plateIncrementKg: range(L.plateIncrementKg),
});

export const trainingLogSchema = z.strictObject({
  format: z.literal(TRAINING_LOG_FORMAT_ID),
  version: z.literal(TRAINING_LOG_FORMAT_VERSION),
  settings: settingsSchema,
  sets: z.array(setSchema),
});

export type TrainingLogV1 = z.infer<typeof trainingLogSchema>;
