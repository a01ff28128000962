/** Live timings kept on window for the benchmark and the end-to-end tests (no effect on the UI). */
export interface LiveStats {
  frames: number;
  repCount: number;
  inferMs: number[];
  frameToUpdateMs: number[];
  cues: { id: string; atS: number; latencyMs: number }[];
}

export function exposeLiveStats(): LiveStats {
  const stats: LiveStats = { frames: 0, repCount: 0, inferMs: [], frameToUpdateMs: [], cues: [] };
  (globalThis as unknown as { __spotterLive?: LiveStats }).__spotterLive = stats;
  return stats;
}
