/** Format and version first: a different file kind or a newer version deserves its own message. */
export interface FormatIdentity {
  /** What the file should be, in words: "keypoint track", "training log". */
  readonly kind: string;
  /** The `format` field's required value. */
  readonly formatId: string;
  readonly supportedVersions: readonly number[];
  /** How a non-object document is named in the message ("an array", "null", ...). */
  describeValue(value: unknown): string;
  /** The format's own error, with the field it concerns. */
  error(message: string, where?: string): Error;
}

export function checkFormatIdentity(doc: unknown, id: FormatIdentity): void {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw id.error(`the file holds ${id.describeValue(doc)}; expected a JSON object ${id.kind}`);
  }
  const { format, version } = doc as { format?: unknown; version?: unknown };
  if (format !== id.formatId) {
    const found = format === undefined ? 'has no "format" field' : `has format ${JSON.stringify(format)}`;
    throw id.error(`not a Spotter ${id.kind}: the file ${found}, expected "${id.formatId}"`, 'format');
  }
  if (typeof version !== 'number' || !id.supportedVersions.includes(version)) {
    throw id.error(
      `${id.kind} version ${JSON.stringify(version ?? null)} is not supported; this Spotter reads version ${id.supportedVersions.join(', ')}`,
      'version',
    );
  }
}
