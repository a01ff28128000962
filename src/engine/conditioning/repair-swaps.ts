import type { PointSeries } from './types.js';

/** One joint on both sides of the body, as labelled by the model. */
export interface SidePair {
  readonly left: PointSeries;
  readonly right: PointSeries;
}

export interface SwapRepairParams {
  /** Swap when the swapped continuity cost is below this fraction of the kept cost... */
  readonly costRatio: number;
  /** ...and the swap saves more than this many pixels of jump. */
  readonly minGainPx: number;
}

/** Euclidean distance; Math.hypot is several times slower in V8 and this runs for every frame and joint. */
function dist(ax: number, ay: number, bx: number, by: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  return Math.sqrt(dx * dx + dy * dy);
}

function median3(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

function swapValues(a: Float64Array, b: Float64Array, i: number): void {
  const t = a[i]!;
  a[i] = b[i]!;
  b[i] = t;
}

function swapAt(pair: SidePair, i: number): void {
  swapValues(pair.left.x, pair.right.x, i);
  swapValues(pair.left.y, pair.right.y, i);
  swapValues(pair.left.score, pair.right.score, i);
  if (pair.left.z !== undefined && pair.right.z !== undefined) swapValues(pair.left.z, pair.right.z, i);
}

/**
 * The last three accepted (repaired) positions of one label; its reference is their per-coordinate median, so
 * one wrong frame among them cannot move it. Until three are seen, the latest one is the reference.
 */
class Recent {
  private readonly xs = new Float64Array(3);
  private readonly ys = new Float64Array(3);
  private count = 0;
  x = Number.NaN;
  y = Number.NaN;

  push(x: number, y: number): void {
    const k = this.count % 3;
    this.xs[k] = x;
    this.ys[k] = y;
    this.count++;
    if (this.count < 3) {
      this.x = x;
      this.y = y;
    } else {
      this.x = median3(this.xs[0]!, this.xs[1]!, this.xs[2]!);
      this.y = median3(this.ys[0]!, this.ys[1]!, this.ys[2]!);
    }
  }
}

/**
 * Decides, for one joint pair, in which frames the model swapped the left and right labels. Walks the frames
 * keeping a reference position for each (repaired) label: the median of its last three accepted positions, not
 * just the last one, so one missed swap cannot become the reference (a walk against the previous frame took a
 * missed swap's labels as the truth and flipped the correct frames after it). A frame is swapped when
 * assigning the points the other way round moves them much less than keeping the labels (`costRatio`,
 * `minGainPx`). Only frames with both points present are judged. Writes flags (1 = swapped) and returns how
 * many frames were flagged.
 */
function flagSwaps(pair: SidePair, params: SwapRepairParams, flags: Uint8Array): number {
  const { left, right } = pair;
  const l = new Recent();
  const r = new Recent();
  let count = 0;
  for (let i = 0; i < flags.length; i++) {
    const ax = left.x[i]!;
    const ay = left.y[i]!;
    const bx = right.x[i]!;
    const by = right.y[i]!;
    const aOk = Number.isFinite(ax);
    const bOk = Number.isFinite(bx);
    let swapped = false;
    if (aOk && bOk && Number.isFinite(l.x) && Number.isFinite(r.x)) {
      const kept = dist(ax, ay, l.x, l.y) + dist(bx, by, r.x, r.y);
      const crossed = dist(ax, ay, r.x, r.y) + dist(bx, by, l.x, l.y);
      swapped = crossed < params.costRatio * kept && kept - crossed > params.minGainPx;
    }
    flags[i] = swapped ? 1 : 0;
    if (swapped) {
      count++;
      l.push(bx, by);
      r.push(ax, ay);
    } else {
      if (aOk) l.push(ax, ay);
      if (bOk) r.push(bx, by);
    }
  }
  return count;
}
/**
 * Repairs left/right label swaps in place, joint pair by joint pair, and returns the number of frames in which
 * at least one pair was swapped back. The labelling kept is the majority one: if the walk flags more than half
 * of the frames where both points are seen (the track started in a swapped frame), those frames are the
 * truth and the others are swapped instead.
 */
export function repairSwaps(pairs: readonly SidePair[], params: SwapRepairParams): number {
  if (pairs.length === 0) return 0;
  const n = pairs[0]!.left.x.length;
  const flags = new Uint8Array(n);
  const repairedFrames = new Uint8Array(n);
  for (const pair of pairs) {
    const flagged = flagSwaps(pair, params, flags);
    if (flagged === 0) continue;
    let bothSeen = 0;
    for (let i = 0; i < n; i++)
      if (Number.isFinite(pair.left.x[i]!) && Number.isFinite(pair.right.x[i]!)) bothSeen++;
    const invert = flagged * 2 > bothSeen;
    for (let i = 0; i < n; i++) {
      const both = Number.isFinite(pair.left.x[i]!) && Number.isFinite(pair.right.x[i]!);
      if (!both || (flags[i] === 1) === invert) continue;
      swapAt(pair, i);
      repairedFrames[i] = 1;
    }
  }
  let frames = 0;
  for (let i = 0; i < n; i++) frames += repairedFrames[i]!;
  return frames;
}
