/**
 * A recorded keypoint track replayed through the live coach frame by frame, as the camera would feed it: what
 * live mode would count and say on that footage at the track's frame rate, with none of the browser's timing.
 * Pure; used by `npm run eval:live-real -- --tracks` on the real clips' cached tracks.
 */
import type { KeypointTrack } from '../engine/index.js';
import { LiveCoach } from '../live/live-coach.js';
import type { LiveCue } from '../live/types.js';

export interface LiveReplay {
  /** The count shown while the set ran (before End set). */
  readonly repCountLive: number;
  /** The count after End set (the live track's own analysis). */
  readonly repCountAtEnd: number;
  readonly cues: readonly LiveCue[];
}

export function replayLive(
  track: KeypointTrack,
  options: { readonly safeDepthDeg?: number } = {},
): LiveReplay {
  const coach = new LiveCoach({
    landmarkSet: track.landmarkSet,
    imageWidthPx: track.imageWidthPx,
    imageHeightPx: track.imageHeightPx,
    ...(track.source?.model !== undefined && { model: track.source.model }),
    ...(options.safeDepthDeg !== undefined && { safeDepthDeg: options.safeDepthDeg }),
  });
  const cues: LiveCue[] = [];
  let lastS = Number.NEGATIVE_INFINITY;
  for (const frame of track.frames) {
    if (!(frame.tS > lastS)) continue; // a repeated instant is one camera frame
    lastS = frame.tS;
    cues.push(...coach.push(frame).cues, ...coach.refreshIfDue());
  }
  const repCountLive = coach.repCount;
  coach.finish();
  return { repCountLive, repCountAtEnd: coach.repCount, cues };
}
