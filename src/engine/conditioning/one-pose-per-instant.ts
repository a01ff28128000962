import type { KeypointTrack } from '../core/track.js';

/**
 * One pose per instant: frames repeating the previous frame's timestamp (a duplicated frame, a muxer that
 * repeats a picture) are dropped, keeping the first. Kept, they would count twice towards every "held for N
 * frames" rule and give zero time steps to the filters, so the same movement would be judged differently.
 */
export function onePosePerInstant(track: KeypointTrack): KeypointTrack {
  const frames = track.frames;
  let repeats = 0;
  for (let i = 1; i < frames.length; i++) if (frames[i]!.tS === frames[i - 1]!.tS) repeats++;
  if (repeats === 0) return track;
  return { ...track, frames: frames.filter((f, i) => i === 0 || f.tS !== frames[i - 1]!.tS) };
}
