/**
 * Which frames of a recorded video are analysed: one per 1/maxFps time slot, the first frame in each slot,
 * never a duplicate. The CLI applies the rule inside ffmpeg (a `select` filter, decode-frames.ts) and the browser
 * by seeking (seek-frame-selection.ts); both take it from here so the same video gives the same frames, with
 * their real presentation times, in both.
 */

/**
 * Where slot edges sit, as a fraction of a slot: half-way between two source frames, so timestamp jitter cannot
 * move a frame across an edge. With edges on frames, a 30 fps source under a 15 fps cap had every other frame
 * exactly on an edge: float rounding picked the frames, and a phone's jittery timestamps would have mixed 1/30 s
 * and 3/30 s gaps. At or below the cap, frames sit in slot centres (0.5).
 */
export function slotPhase(maxFps: number, sourceFps: number | undefined): number {
  return sourceFps === undefined || sourceFps <= maxFps ? 0.5 : maxFps / (2 * sourceFps);
}

/** The slot a presentation time falls in (ffmpeg: `floor(t*maxFps+phase)`). */
export function slotOf(tS: number, maxFps: number, phase: number): number {
  return Math.floor(tS * maxFps + phase);
}

/** When a slot starts, in seconds of the video. */
export function slotStartS(slot: number, maxFps: number, phase: number): number {
  return (slot - phase) / maxFps;
}
