/** Live coaching (pure): incremental rep counting and cues on a growing pose stream. */
export { LiveCoach, type LiveCoachOptions } from './live-coach.js';
export { CueTracker, type CueLimits } from './cue-tracker.js';
export { LIVE_CUE_DEFAULTS, LIVE_CUE_SOURCES, type LiveCueConfig } from './live-config.js';
export * from './types.js';
