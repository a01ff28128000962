export { parseKeypointTrackJson, parseKeypointTrackValue } from './parse-keypoint-track.js';
export { serializeKeypointTrack } from './serialize-keypoint-track.js';
export { TrackFormatError } from './track-format-error.js';
export { SUPPORTED_TRACK_VERSIONS, TRACK_FORMAT_ID, TRACK_FORMAT_VERSION } from './constants.js';
