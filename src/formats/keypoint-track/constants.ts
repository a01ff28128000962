/** Identity of the keypoint track file format (docs/track-format.md). */
export const TRACK_FORMAT_ID = 'spotter-keypoint-track';
export const TRACK_FORMAT_VERSION = 1;
/** Versions this code can read; a newer file needs a newer Spotter. */
export const SUPPORTED_TRACK_VERSIONS: readonly number[] = [TRACK_FORMAT_VERSION];
