/** A contiguous time range of the video given to one worker. `durationS` undefined = to the end. */
export interface VideoSegment {
  readonly startS: number;
  readonly durationS: number | undefined;
}

/**
 * Splits the video into one contiguous range per worker. Short clips stay whole: each extra range costs a model
 * load and a fresh person search at its start, which a few seconds of video do not repay.
 */
export function planSegments(totalS: number | undefined, workers: number, minSegmentS = 4): VideoSegment[] {
  if (totalS === undefined || !(totalS > 0) || workers <= 1) return [{ startS: 0, durationS: undefined }];
  const count = Math.max(1, Math.min(workers, Math.floor(totalS / minSegmentS)));
  const lengthS = totalS / count;
  return Array.from({ length: count }, (_, i) => ({
    startS: i * lengthS,
    durationS: i === count - 1 ? undefined : lengthS,
  }));
}
