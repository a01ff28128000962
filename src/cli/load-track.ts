import { FileAccessError } from '../adapters/node/file-access-error.js';
import { readTextFile } from '../adapters/node/read-text-file.js';
import type { KeypointTrack } from '../engine/core/track.js';
import { parseKeypointTrackJson } from '../formats/keypoint-track/parse-keypoint-track.js';
import { TrackFormatError } from '../formats/keypoint-track/track-format-error.js';
import { CliError, EXIT } from './command.js';

/** Reads and validates a keypoint track file; every failure is a CliError naming the file. */
export async function loadTrack(path: string): Promise<KeypointTrack> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (err) {
    if (err instanceof FileAccessError) {
      throw new CliError(err.message, EXIT.badInput, 'Check the path after --keypoints.');
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
