import { getHeapStatistics } from 'node:v8';

/**
 * Heap a keypoint track file takes while it is parsed, validated and analysed, per byte of JSON: a 50 MB track
 * (97k BlazePose frames) peaked at 660 MB of heap (13x) through `loadTrack` and `analyzeTrack`
 * (docs/reliability.md); 16 leaves room for the rest of the process.
 */
export const HEAP_BYTES_PER_TRACK_BYTE = 16;

/**
 * Heap the process needs before any track (the CLI, the engine and their modules): a 128 MiB heap analysed a 9 MB
 * track and ran out on a 10 MB one, so a fixed share comes off the top before the per-byte cost.
 */
export const HEAP_BASE_BYTES = 64 * 1024 * 1024;

/** V8 cannot hold a string much past 512 MiB, whatever the heap. */
export const MAX_TEXT_BYTES = 500 * 1024 * 1024;

/** The largest track file this process can analyse without running out of memory, bytes. */
export function trackByteLimit(heapLimitBytes: number = getHeapStatistics().heap_size_limit): number {
  const forTrack = Math.max(0, heapLimitBytes - HEAP_BASE_BYTES);
  return Math.min(MAX_TEXT_BYTES, Math.floor(forTrack / HEAP_BYTES_PER_TRACK_BYTE));
}

/** One sentence for a track too large for this process's memory, with the two ways out. */
export function trackTooLargeMessage(path: string, sizeBytes: number, heapLimitBytes: number): string {
  const mb = (b: number): string => `${Math.round(b / 1e6)} MB`;
  const neededMb = Math.ceil((HEAP_BASE_BYTES + sizeBytes * HEAP_BYTES_PER_TRACK_BYTE) / (1024 * 1024));
  const fix =
    sizeBytes > MAX_TEXT_BYTES
      ? 'split the recording into shorter sets'
      : `split the recording into shorter sets, or give Node more memory (NODE_OPTIONS=--max-old-space-size=${neededMb})`;
  return (
    `${path} is ${mb(sizeBytes)}, more than this process can analyse (up to ${mb(trackByteLimit(heapLimitBytes))} ` +
    `with ${mb(heapLimitBytes)} of memory): ${fix}.`
  );
}
