/** Valid ranges of a log entry, shared by the editing functions and the file format's schema. */
export const LOG_LIMITS = {
  loadKg: { min: 0, max: 2000 },
  reps: { min: 0, max: 200 },
  targetReps: { min: 1, max: 100 },
  rir: { min: 0, max: 20 },
  rpe: { min: 1, max: 10 },
  pain: { min: 0, max: 10 },
  plateIncrementKg: { min: 0.25, max: 50 },
  notesChars: 2000,
} as const;
