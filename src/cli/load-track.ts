import { getHeapStatistics } from 'node:v8';
import { FileAccessError } from '../adapters/node/file-access-error.js';
import { readTextFile } from '../adapters/node/read-text-file.js';
import { trackByteLimit, trackTooLargeMessage } from '../adapters/node/track-memory-limit.js';
import type { KeypointTrack } from '../engine/index.js';
import { parseKeypointTrackJson } from '../formats/keypoint-track/parse-keypoint-track.js';
import { TrackFormatError } from '../formats/keypoint-track/track-format-error.js';
import { CliError, EXIT } from './command.js';

/**
 * Reads and validates a keypoint track file; every failure is a CliError naming the file. A track larger than
 * this process's memory can analyse is refused before it is read (a crash would lose the user's command).
 */
export async function loadTrack(path: string): Promise<KeypointTrack> {
  let text: string;
  const heapLimit = getHeapStatistics().heap_size_limit;
  try {
    text = await readTextFile(path, {
      maxBytes: trackByteLimit(heapLimit),
      tooLargeMessage: (size) => trackTooLargeMessage(path, size, heapLimit),
    });
  } catch (err) {
    if (err instanceof FileAccessError) {
      const hint = err.reason === 'too_large' ? undefined : 'Check the path after --keypoints.';
      throw new CliError(err.message, EXIT.badInput, hint);
    }
    throw err;
  }
  try {
    return parseKeypointTrackJson(text);
  } catch (err) {
    if (err instanceof TrackFormatError) {
      throw new CliError(
        `${path} is not a usable keypoint track: ${err.message}.`,
        EXIT.badInput,
        'The format is described in docs/track-format.md.',
      );
    }
    throw err;
  }
}
