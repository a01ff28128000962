/** Why a video could not be read; the CLI maps each code to a message and an exit code. */
export type VideoErrorCode =
  | 'missing_ffmpeg'
  | 'not_found'
  | 'empty_file'
  | 'not_a_video'
  | 'audio_only'
  | 'still_image'
  | 'corrupt'
  | 'truncated'
  | 'too_long';

/** An input video Spotter cannot analyse, with one sentence a user can act on. */
export class VideoError extends Error {
  constructor(
    readonly code: VideoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'VideoError';
  }
}
