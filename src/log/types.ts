/**
 * The training log's data: one entry per set, pain scores, and what a video analysis said about the set.
 * Plain readonly data; the versioned JSON file format is src/formats/training-log/.
 */
import type { FaultId, Severity, Verdict } from '../engine/index.js';

export const EXERCISES = ['leg_press'] as const;
export type Exercise = (typeof EXERCISES)[number];

/** Back pain on a 0-10 scale (0 none, 10 worst imaginable), at the three times the pain-monitoring model uses. */
export interface PainScores {
  readonly during?: number;
  /** Within an hour or so after the session. */
  readonly after?: number;
  /** On waking the next day. */
  readonly nextMorning?: number;
}

/** One fault line of an analysed set. */
export interface SetFault {
  readonly id: FaultId;
  /** Reps it was seen in (1 for a set-level fault such as load_too_heavy). */
  readonly count: number;
  readonly worstSeverity: Severity;
}

/** What a video analysis (the JSON report of `spotter analyze`) said about the set, kept small. */
export interface SetAnalysis {
  /** Reps the camera counted. */
  readonly repsSeen: number;
  readonly eccentricMeanS?: number;
  readonly concentricMeanS?: number;
  /** Deepest hip flexion of the set (knees towards the chest). */
  readonly hipFlexionMaxDeg?: number;
  readonly kneeMinDeg?: number;
  /** The safe depth the set was judged against. */
  readonly safeDepthDeg?: number;
  readonly verdict?: Verdict;
  readonly faults: readonly SetFault[];
}

export interface LoggedSet {
  /** Unique within the log, increasing (1, 2, ...). */
  readonly id: number;
  /** When the set was done: ISO 8601 date-time with its UTC offset, e.g. 2026-11-21T18:05:00+01:00. */
  readonly atIso: string;
  readonly exercise: Exercise;
  /** Load on the sled as the machine counts it (plates, plus the sled if you count it), kg. */
  readonly loadKg: number;
  readonly reps: number;
  /** The rep goal of this set; the log's default when absent. */
  readonly targetReps?: number;
  /** Reps in reserve: how many more reps were left (0 = failure). */
  readonly rir?: number;
  /** Rating of perceived exertion, 1-10. */
  readonly rpe?: number;
  readonly analysis?: SetAnalysis;
  readonly pain: PainScores;
  readonly notes?: string;
}

/** Per-log settings: the machine and the rep goal. */
export interface LogSettings {
  readonly targetReps: number;
  /** Smallest load change the machine allows, kg (plates on both sides together). */
  readonly plateIncrementKg: number;
}

export interface TrainingLog {
  readonly settings: LogSettings;
  readonly sets: readonly LoggedSet[];
}

/** Sets done close together: one training session. */
export interface Session {
  readonly index: number;
  readonly sets: readonly LoggedSet[];
  readonly startMs: number;
  readonly endMs: number;
  /** Heaviest load of the session, kg. */
  readonly topLoadKg: number;
  /** Whether any set was hard (close to failure, or of unknown effort). */
  readonly hard: boolean;
}
