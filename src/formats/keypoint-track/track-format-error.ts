/** A keypoint track file that cannot be read, with a message naming what is wrong and where. */
export class TrackFormatError extends Error {
  constructor(
    message: string,
    /** Where in the document the problem is, e.g. `frames[812].keypoints`; empty for the whole file. */
    readonly where: string = '',
  ) {
    super(message);
    this.name = 'TrackFormatError';
  }
}
