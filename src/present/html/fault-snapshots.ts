import { nearestFrame, type AnalysisReport, type KeypointTrack } from '../../engine/index.js';
import type { FaultSnapshot } from './types.js';

/** Enough pictures to show each fault without making the report file heavy. */
export const MAX_SNAPSHOTS = 12;

/**
 * One snapshot per fault finding (rep faults in rep order, then set-level ones), with the skeleton of the
 * frame nearest the moment that shows it best. Pictures are added by the caller when there is a video.
 */
export function faultSnapshots(
  report: AnalysisReport,
  track: KeypointTrack,
  max = MAX_SNAPSHOTS,
): FaultSnapshot[] {
  const wanted: { faultId: FaultSnapshot['faultId']; repIndex: number | null; atS: number }[] = [];
  for (const rep of report.reps) {
    for (const f of rep.faults) wanted.push({ faultId: f.id, repIndex: rep.index, atS: f.atS });
  }
  for (const f of report.faults) {
    if (f.setLevel !== undefined) wanted.push({ faultId: f.id, repIndex: null, atS: f.setLevel.atS });
  }
  const times = track.frames.map((f) => f.tS);
  return wanted.slice(0, max).map((w) => {
    const nearest = track.frames[nearestFrame(times, w.atS)];
    return {
      ...w,
      atS: nearest?.tS ?? w.atS,
      widthPx: track.imageWidthPx,
      heightPx: track.imageHeightPx,
      landmarkSet: track.landmarkSet,
      keypoints: nearest?.keypoints ?? [],
    };
  });
}
