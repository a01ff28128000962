/** A training log (JSON or CSV) that cannot be read, with a message naming what is wrong and where. */
export class TrainingLogFormatError extends Error {
  constructor(
    message: string,
    /** Where in the document, e.g. `sets[3].pain.nextMorning` or `line 4, column pain_after`; empty for the whole file. */
    readonly where: string = '',
  ) {
    super(message);
    this.name = 'TrainingLogFormatError';
  }
}
