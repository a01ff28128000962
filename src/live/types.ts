import type { FaultId, ViewAssessment } from '../engine/index.js';

export type LiveCueId = 'stop' | 'slow_down' | 'soft_knees' | 'exhale';

/** One cue to speak or beep, at the track time of the frame that triggered it. */
export interface LiveCue {
  readonly id: LiveCueId;
  readonly atS: number;
  /** Words to speak. */
  readonly text: string;
}

export type LivePhase = 'unknown' | 'holding' | 'lowering' | 'pushing';

/** The latest joint angles of the near side (NaN when not measurable). */
export interface LiveAngles {
  readonly tS: number;
  readonly hipFlexionDeg: number;
  readonly kneeDeg: number;
}

/** What the live screen shows after each frame. */
export interface LiveUpdate {
  readonly repCount: number;
  readonly phase: LivePhase;
  readonly angles: LiveAngles | null;
  /** New cues from this frame (usually none). */
  readonly cues: readonly LiveCue[];
  /** The view check on the recent window (placement guide); null until enough frames. */
  readonly view: ViewAssessment | null;
}

export const CUE_WORDS: Readonly<Record<LiveCueId, string>> = {
  stop: 'Stop',
  slow_down: 'Slow down',
  soft_knees: 'Soft knees',
  exhale: 'Exhale as you push',
};

/**
 * The fault each cue warns of: a cue is given only when the camera view lets the offline detector judge that
 * fault (the same view gates), so live and offline never disagree about what this camera can see.
 */
export const CUE_FAULT: Readonly<Record<LiveCueId, FaultId | null>> = {
  stop: 'too_deep',
  slow_down: 'fast_eccentric',
  soft_knees: 'knee_lockout',
  exhale: null,
};
