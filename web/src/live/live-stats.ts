/** Live timings kept on window for the benchmark and the end-to-end tests (no effect on the UI). */
export interface LiveStats {
  frames: number;
  repCount: number;
  /** Pose model used live. */
  model: string;
  /** performance.now() when live analysis started (the live track's time zero). */
  startedAtMs: number;
  /** performance.now() when the camera opened (the recording's start). */
  cameraOpenedAtMs: number;
  /** Track time of the latest analysed frame, seconds. */
  lastFrameS: number;
  inferMs: number[];
  /** Camera capture -> pose -> live coach done, per frame. */
  frameToUpdateMs: number[];
  /** Camera capture of the frame that triggered the cue -> cue handed to speech. */
  cues: { id: string; atS: number; latencyMs: number }[];
  /** The end-of-set summary once ready: from the recording, or from the live frames when it could not be made. */
  summary?: { from: 'recording' | 'live'; repCount: number; faultIds: string[] };
}

export function exposeLiveStats(): LiveStats {
  const stats: LiveStats = {
    frames: 0,
    repCount: 0,
    model: '',
    startedAtMs: Number.NaN,
    cameraOpenedAtMs: Number.NaN,
    lastFrameS: 0,
    inferMs: [],
    frameToUpdateMs: [],
    cues: [],
  };
  (globalThis as unknown as { __spotterLive?: LiveStats }).__spotterLive = stats;
  return stats;
}
