/** An input the engine cannot analyse, with a message a user can act on. */
export class AnalysisError extends Error {
  constructor(
    readonly code: 'no_frames' | 'no_person' | 'too_short' | 'bad_config',
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisError';
  }
}
