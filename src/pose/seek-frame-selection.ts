/**
 * The CLI's frame selection (frame-slots.ts: the first frame of each 1/maxFps slot, with its real presentation
 * time) applied to a video that can only be seeked, as in a browser. A seek shows the frame covering the time
 * asked for (the last one that starts at or before it); to land on the first frame at or after a slot's start,
 * seek a frame interval past the start, a hair short of it. The frames are then the frames ffmpeg selects on a
 * constant-rate video, and on a variable-rate one (a phone, a browser's own recording) each keeps the time it
 * was filmed at rather than the time asked for, which can be a frame off. Times count from the first frame, as
 * ffmpeg's do: a browser reports a file's own timestamps, which may start later than 0.
 */
import { slotOf, slotPhase, slotStartS } from './frame-slots.js';

export interface SeekableVideo {
  readonly durationS: number;
  /**
   * Shows the frame covering `tS` and answers its presentation time, or null when the picture shown did not
   * change (or the platform cannot tell the frame's time).
   */
  seek(tS: number): Promise<number | null>;
}

/** Used when the video cannot tell its frame times. */
const FALLBACK_FRAME_INTERVAL_S = 1 / 30;
/** How far short of the next frame a seek aims, as a fraction of the frame interval. */
const SEEK_MARGIN_FRACTION = 0.02;
/** Where the frame interval is measured, as fractions of the duration (a median of three survives a glitch). */
const INTERVAL_PROBES = [0.25, 0.5, 0.75] as const;

/** Remembers the frame on screen, so a seek that changes nothing still answers which frame it shows. */
class FrameCursor {
  private shownS: number | undefined;
  private lastTargetS: number | undefined;
  constructor(private readonly video: SeekableVideo) {}

  /** The presentation time of the frame shown after seeking to `tS` (`tS` itself when it cannot be known). */
  async show(tS: number): Promise<number> {
    const at = Math.max(0, Math.min(tS, this.video.durationS));
    this.lastTargetS = at;
    const p = await this.video.seek(at);
    if (p !== null) this.shownS = p;
    return this.shownS ?? at;
  }

  /** True when a seek to `tS` would ask for the same time as the previous seek (nothing new to see). */
  repeats(tS: number): boolean {
    return Math.max(0, Math.min(tS, this.video.durationS)) === this.lastTargetS;
  }

  get known(): boolean {
    return this.shownS !== undefined;
  }
}

/** The interval between source frames: the gap before a frame, measured at a few places, median. */
async function frameIntervalS(cursor: FrameCursor, durationS: number): Promise<number> {
  const gaps: number[] = [];
  for (const at of INTERVAL_PROBES) {
    const a = await cursor.show(at * durationS);
    const b = await cursor.show(a - 1e-4);
    if (cursor.known && a - b > 1e-4) gaps.push(a - b);
  }
  if (gaps.length === 0) return FALLBACK_FRAME_INTERVAL_S;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)]!;
}

async function* fixedTimeGrid(cursor: FrameCursor, durationS: number, fps: number): AsyncGenerator<number> {
  const count = Math.max(1, Math.floor(durationS * fps));
  for (let i = 0; i < count; i++) yield await cursor.show(i / fps);
}

/**
 * Yields the presentation time of each selected frame while the video shows it (draw it before asking for the
 * next). `maxFps` <= 0 keeps every frame.
 */
export async function* selectFramesBySeeking(
  video: SeekableVideo,
  maxFps: number,
): AsyncGenerator<number, void, undefined> {
  const cursor = new FrameCursor(video);
  const intervalS =
    video.durationS > 0 ? await frameIntervalS(cursor, video.durationS) : FALLBACK_FRAME_INTERVAL_S;
  if (!cursor.known) {
    // No frame times (no requestVideoFrameCallback): a fixed grid of slot starts, each labelled with its own time.
    yield* fixedTimeGrid(cursor, video.durationS, maxFps > 0 ? maxFps : 1 / intervalS);
    return;
  }
  const phase = slotPhase(maxFps, 1 / intervalS);
  const capped = maxFps > 0;
  const margin = intervalS * SEEK_MARGIN_FRACTION;
  // The first frame's time in the video's own timeline; selected times count from it.
  const originS = await cursor.show(0);
  let previous = 0;
  yield 0;
  for (;;) {
    // The earliest time (from the first frame) the next selected frame may start.
    const from = capped
      ? slotStartS(slotOf(previous, maxFps, phase) + 1, maxFps, phase)
      : previous + intervalS / 2;
    let target = originS + from + intervalS - margin;
    for (;;) {
      if (cursor.repeats(target)) return;
      const shown = (await cursor.show(target)) - originS;
      const isNew = capped
        ? slotOf(shown, maxFps, phase) > slotOf(previous, maxFps, phase)
        : shown > previous;
      if (isNew) {
        previous = shown;
        yield shown;
        break;
      }
      // A longer gap than the interval (a dropped frame) or an earlier frame than expected: look further on.
      target += intervalS / 2;
    }
  }
}
