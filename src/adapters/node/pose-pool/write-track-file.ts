/**
 * Writes the keypoint track file chunk by chunk from the packed samples, into a temporary file that the caller
 * renames into place only once the whole analysis has succeeded. An hour of frames never exists as one string
 * (the text is ~35 MB, its building blocks several times that). The text is exactly `serializeKeypointTrack`'s.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { KeypointTrack } from '../../../engine/core/track.js';
import { serializeKeypointTrack } from '../../../formats/keypoint-track/index.js';

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
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const out = createWriteStream(temp, { encoding: 'utf8', flags: 'wx' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    const empty = serializeKeypointTrack({ ...meta, frames: [] });
    const head = empty.slice(0, empty.lastIndexOf('"frames":[]'));
    await write(frameCount > 0 ? `${head}${FRAMES_OPEN}` : empty);
    for (let start = 0; start < frameCount; start += CHUNK_FRAMES) {
      const frames = [];
      for (let i = start; i < Math.min(frameCount, start + CHUNK_FRAMES); i++) frames.push(frameAt(i));
      const text = serializeKeypointTrack({ ...meta, frames });
      const body = text.slice(
        text.indexOf(FRAMES_OPEN) + FRAMES_OPEN.length,
        text.length - FRAMES_CLOSE.length,
      );
      await write(`${start > 0 ? ',\n' : ''}${body}`);
    }
    if (frameCount > 0) await write(FRAMES_CLOSE);
    out.end();
    await once(out, 'close');
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  }
  return {
    commit: () => rename(temp, path),
    discard: () => rm(temp, { force: true }),
  };
}
