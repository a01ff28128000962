import type { KeypointTrack } from '../../engine/index.js';
import { TRACK_FORMAT_ID, TRACK_FORMAT_VERSION } from './constants.js';

/**
 * Writes a track as keypoint track format v1 JSON, one frame per line (compact but diffable). Numbers are
 * written exactly, so `parseKeypointTrackJson(serializeKeypointTrack(t))` gives back an equal track.
 */
export function serializeKeypointTrack(track: KeypointTrack): string {
  const header = {
    format: TRACK_FORMAT_ID,
    version: TRACK_FORMAT_VERSION,
    landmarkSet: track.landmarkSet,
    image: { widthPx: track.imageWidthPx, heightPx: track.imageHeightPx },
    ...(track.source !== undefined && { source: track.source }),
  };
  const frameLines = track.frames.map((frame) =>
    JSON.stringify({
      tS: frame.tS,
      keypoints: frame.keypoints.map((p) =>
        p === null ? null : p.zPx === undefined ? [p.x, p.y, p.score] : [p.x, p.y, p.score, p.zPx],
      ),
    }),
  );
  const head = JSON.stringify(header).slice(0, -1);
  if (frameLines.length === 0) return `${head},"frames":[]}\n`;
  return `${head},"frames":[\n${frameLines.join(',\n')}\n]}\n`;
}
