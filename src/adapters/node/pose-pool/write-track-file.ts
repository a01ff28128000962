/**
 * Writes the keypoint track file chunk by chunk from the packed samples, into a temporary file that the caller
 * renames into place only once the whole analysis has succeeded. An hour of frames never exists as one string
 * (the text is ~35 MB, its building blocks several times that). The text is exactly `serializeKeypointTrack`'s.
 * The file is written under the output policy of `beginAtomicWrite` (symbolic links followed, mode kept, only
 * regular files replaced).
 */
import type { KeypointTrack } from '../../../engine/index.js';
import { serializeKeypointTrack } from '../../../formats/keypoint-track/index.js';
import { beginAtomicWrite } from '../write-file-atomic.js';

const CHUNK_FRAMES = 2000;
const FRAMES_OPEN = '"frames":[\n';
const FRAMES_CLOSE = '\n]}\n';

export interface PendingFile {
  /** Moves the finished temporary file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file (analysis failed). */
  discard(): Promise<void>;
}

/** `frameAt(i)` builds one frame on demand so the whole track need not exist as objects at once. */
export async function writeTrackFile(
  path: string,
  meta: Omit<KeypointTrack, 'frames'>,
  frameCount: number,
  frameAt: (i: number) => KeypointTrack['frames'][number],
): Promise<PendingFile> {
  const file = await beginAtomicWrite(path);
  try {
    const empty = serializeKeypointTrack({ ...meta, frames: [] });
    const head = empty.slice(0, empty.lastIndexOf('"frames":[]'));
    await file.write(frameCount > 0 ? `${head}${FRAMES_OPEN}` : empty);
    for (let start = 0; start < frameCount; start += CHUNK_FRAMES) {
      const frames = [];
      for (let i = start; i < Math.min(frameCount, start + CHUNK_FRAMES); i++) frames.push(frameAt(i));
      const text = serializeKeypointTrack({ ...meta, frames });
      const body = text.slice(
        text.indexOf(FRAMES_OPEN) + FRAMES_OPEN.length,
        text.length - FRAMES_CLOSE.length,
      );
      await file.write(`${start > 0 ? ',\n' : ''}${body}`);
    }
    if (frameCount > 0) await file.write(FRAMES_CLOSE);
  } catch (error) {
    await file.discard();
    throw error;
  }
  return file;
}
