/** A contiguous time range of the video given to one worker. `durationS` undefined = to the end. */
export interface VideoSegment {
  readonly startS: number;
  readonly durationS: number | undefined;
}

/**
 * Splits the video into one contiguous range per worker. Short clips stay whole: each extra range costs a model
 * load and a fresh person search at its start, which a few seconds of video do not repay.
 *
 * Range starts are whole seconds: a range's decoder counts time from its start, and the frame-rate cap's time
 * slots are laid out from there, so a start on the source's frame grid (whole seconds are, for 24, 25, 30, 50
 * and 60 fps) keeps every range's selected frames as evenly spaced as the first range's.
 */
export function planSegments(totalS: number | undefined, workers: number, minSegmentS = 4): VideoSegment[] {
  if (totalS === undefined || !(totalS > 0) || workers <= 1) return [{ startS: 0, durationS: undefined }];
  const count = Math.max(1, Math.min(workers, Math.floor(totalS / minSegmentS)));
  const starts = Array.from({ length: count }, (_, i) => Math.round((i * totalS) / count));
  return starts.map((startS, i) => {
    const next = starts[i + 1];
    return { startS, durationS: next === undefined ? undefined : next - startS };
  });
}
