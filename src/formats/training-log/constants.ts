export const TRAINING_LOG_FORMAT_ID = 'spotter-training-log';
export const TRAINING_LOG_FORMAT_VERSION = 1;
export const SUPPORTED_TRAINING_LOG_VERSIONS: readonly number[] = [1];
