/**
 * Editing the log without mutating it: each function returns a new log. Inputs are checked against LOG_LIMITS
 * and a bad one throws a LogEntryError naming the field, so the CLI and the web form say the same thing.
 */
import { LOAD_RULE_CONFIG } from './load-rules.js';
import { LOG_LIMITS as L } from './limits.js';
import { sortSets } from './sessions.js';
import { isIsoDateTime } from './time.js';
import type { LoggedSet, LogSettings, PainScores, SetAnalysis, TrainingLog } from './types.js';

export class LogEntryError extends Error {
  constructor(
    message: string,
    /** The field at fault, e.g. `loadKg`. */
    readonly field: string,
  ) {
    super(message);
    this.name = 'LogEntryError';
  }
}

export const DEFAULT_SETTINGS: LogSettings = {
  targetReps: LOAD_RULE_CONFIG.defaultTargetReps,
  plateIncrementKg: LOAD_RULE_CONFIG.defaultPlateIncrementKg,
};

export function emptyLog(settings: Partial<LogSettings> = {}): TrainingLog {
  return { settings: { ...DEFAULT_SETTINGS, ...settings }, sets: [] };
}

/** What a person enters for a set; the log assigns the id. */
export interface SetInput {
  readonly atIso: string;
  readonly loadKg: number;
  readonly reps: number;
  readonly targetReps?: number;
  readonly rir?: number;
  readonly rpe?: number;
  readonly analysis?: SetAnalysis;
  readonly pain?: PainScores;
  readonly notes?: string;
}

function checkRange(
  field: string,
  value: number | undefined,
  range: { min: number; max: number },
  integer: boolean,
): void {
  if (value === undefined) return;
  if (
    !Number.isFinite(value) ||
    value < range.min ||
    value > range.max ||
    (integer && !Number.isInteger(value))
  ) {
    const kind = integer ? 'a whole number' : 'a number';
    throw new LogEntryError(
      `${field} must be ${kind} from ${range.min} to ${range.max}, not ${value}`,
      field,
    );
  }
}

export function checkPain(pain: PainScores): void {
  checkRange('pain.during', pain.during, L.pain, true);
  checkRange('pain.after', pain.after, L.pain, true);
  checkRange('pain.nextMorning', pain.nextMorning, L.pain, true);
}

/** Throws a LogEntryError naming the first field of `input` that is out of LOG_LIMITS (the checks addSet makes). */
export function checkSetInput(input: SetInput): void {
  if (!isIsoDateTime(input.atIso)) {
    throw new LogEntryError(
      `atIso must be an ISO date-time with an offset, e.g. 2026-11-21T18:05:00+01:00, not ${JSON.stringify(input.atIso)}`,
      'atIso',
    );
  }
  checkRange('loadKg', input.loadKg, L.loadKg, false);
  checkRange('reps', input.reps, L.reps, true);
  checkRange('targetReps', input.targetReps, L.targetReps, true);
  checkRange('rir', input.rir, L.rir, true);
  checkRange('rpe', input.rpe, L.rpe, false);
  checkPain(input.pain ?? {});
  if (input.notes !== undefined && input.notes.length > L.notesChars) {
    throw new LogEntryError(`notes must be at most ${L.notesChars} characters`, 'notes');
  }
}

/** Throws a LogEntryError naming the setting out of LOG_LIMITS. */
export function checkSettings(settings: LogSettings): void {
  checkRange('targetReps', settings.targetReps, L.targetReps, true);
  checkRange('plateIncrementKg', settings.plateIncrementKg, L.plateIncrementKg, false);
}

/** Replaces the log's settings (rep goal, plate step), checked against LOG_LIMITS. */
export function changeSettings(log: TrainingLog, settings: LogSettings): TrainingLog {
  checkSettings(settings);
  return {
    ...log,
    settings: { targetReps: settings.targetReps, plateIncrementKg: settings.plateIncrementKg },
  };
}

function toSet(id: number, input: SetInput): LoggedSet {
  checkSetInput(input);
  const { atIso, loadKg, reps, targetReps, rir, rpe, analysis, notes } = input;
  return {
    id,
    atIso,
    exercise: 'leg_press',
    loadKg,
    reps,
    ...(targetReps !== undefined && { targetReps }),
    ...(rir !== undefined && { rir }),
    ...(rpe !== undefined && { rpe }),
    ...(analysis !== undefined && { analysis }),
    pain: { ...input.pain },
    ...(notes !== undefined && notes !== '' && { notes }),
  };
}

export function addSet(log: TrainingLog, input: SetInput): { log: TrainingLog; set: LoggedSet } {
  const id = log.sets.reduce((max, s) => Math.max(max, s.id), 0) + 1;
  const set = toSet(id, input);
  return { log: { ...log, sets: sortSets([...log.sets, set]) }, set };
}

function indexOf(log: TrainingLog, id: number): number {
  const i = log.sets.findIndex((s) => s.id === id);
  if (i < 0) throw new LogEntryError(`there is no set ${id} in the log`, 'id');
  return i;
}

/** Replaces a set's fields (the id stays). */
export function updateSet(log: TrainingLog, id: number, input: SetInput): TrainingLog {
  const i = indexOf(log, id);
  const sets = [...log.sets];
  sets[i] = toSet(id, input);
  return { ...log, sets: sortSets(sets) };
}

export function removeSet(log: TrainingLog, id: number): TrainingLog {
  indexOf(log, id);
  return { ...log, sets: log.sets.filter((s) => s.id !== id) };
}

/** Sets the given pain scores of one set, keeping the others. */
export function setPain(log: TrainingLog, id: number, pain: PainScores): TrainingLog {
  checkPain(pain);
  const i = indexOf(log, id);
  const sets = [...log.sets];
  const set = sets[i]!;
  sets[i] = { ...set, pain: { ...set.pain, ...pain } };
  return { ...log, sets };
}

/** The most recent set (by time, then id); undefined for an empty log. */
export function lastSet(log: TrainingLog): LoggedSet | undefined {
  const sorted = sortSets(log.sets);
  return sorted[sorted.length - 1];
}

/** The input that reproduces a set (for edit forms). */
export function setToInput(set: LoggedSet): SetInput {
  const { id: _id, exercise: _exercise, ...rest } = set;
  return rest;
}
