import type { z } from 'zod';
import type { KeypointPx, KeypointTrack, PoseFrame } from '../../engine/core/track.js';
import { SUPPORTED_TRACK_VERSIONS, TRACK_FORMAT_ID } from './constants.js';
import { trackFileSchema, type TrackFileV1 } from './schema.js';
import { TrackFormatError } from './track-format-error.js';

/** `frames[812].keypoints[3][2]` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = doc;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One sentence per zod issue, in the format's own words rather than zod's. */
function describeIssue(issue: z.core.$ZodIssue, doc: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const input = valueAt(doc, issue.path);
      if (issue.expected === 'number' && typeof input === 'number') return 'must be a finite number';
      if (issue.expected === 'tuple') return `must be [x, y, score] or null, not ${describeValue(input)}`;
      const expected =
        issue.expected === 'array' || issue.expected === 'object'
          ? `an ${issue.expected}`
          : `a ${issue.expected}`;
      return input === undefined
        ? `is missing (${expected})`
        : `must be ${expected}, not ${describeValue(input)}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      if (issue.origin === 'array') return 'must be [x, y, score] (3 numbers) or null';
      const op = issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
      const what = issue.path.at(-1) === 2 ? 'a score' : 'a number';
      return `must be ${what} ${op} ${String(bound)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new TrackFormatError('the file is empty; expected a JSON keypoint track');
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const match = /position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) : undefined;
    const truncated =
      /Unexpected end of JSON input/.test(message) ||
      (offset !== undefined && offset >= text.trimEnd().length);
    if (truncated) {
      throw new TrackFormatError(
        `the JSON ends early at line ${lineColumn(text, text.length).line}; the file looks truncated (was it fully written or downloaded?)`,
      );
    }
    const where = offset !== undefined ? lineColumn(text, offset) : undefined;
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    const detail = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, ".*" is not valid JSON$/, '');
    throw new TrackFormatError(`the file is not valid JSON${at}: ${detail}`);
  }
}

/** Format and version first: a different file kind or a newer version deserves its own message. */
function checkIdentity(doc: unknown): void {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new TrackFormatError(`the file holds ${describeValue(doc)}; expected a JSON object keypoint track`);
  }
  const { format, version } = doc as { format?: unknown; version?: unknown };
  if (format !== TRACK_FORMAT_ID) {
    const found = format === undefined ? 'has no "format" field' : `has format ${JSON.stringify(format)}`;
    throw new TrackFormatError(
      `not a Spotter keypoint track: the file ${found}, expected "${TRACK_FORMAT_ID}"`,
      'format',
    );
  }
  if (typeof version !== 'number' || !SUPPORTED_TRACK_VERSIONS.includes(version)) {
    const supported = SUPPORTED_TRACK_VERSIONS.join(', ');
    throw new TrackFormatError(
      `keypoint track version ${JSON.stringify(version ?? null)} is not supported; this Spotter reads version ${supported}`,
      'version',
    );
  }
}

function toPoint(p: readonly [number, number, number] | null): KeypointPx | null {
  return p === null ? null : { x: p[0], y: p[1], score: p[2] };
}

/** Converts a validated v1 document into the engine's track type. */
export function fromTrackFileV1(doc: TrackFileV1): KeypointTrack {
  const frames: PoseFrame[] = doc.frames.map((f) => ({ tS: f.tS, keypoints: f.keypoints.map(toPoint) }));
  const track: KeypointTrack = {
    landmarkSet: doc.landmarkSet,
    imageWidthPx: doc.image.widthPx,
    imageHeightPx: doc.image.heightPx,
    frames,
  };
  if (doc.source === undefined) return track;
  const { kind, model, file } = doc.source;
  return {
    ...track,
    source: { kind, ...(model !== undefined && { model }), ...(file !== undefined && { file }) },
  };
}

/** Validates an already parsed JSON value as a keypoint track (throws TrackFormatError). */
export function parseKeypointTrackValue(doc: unknown): KeypointTrack {
  checkIdentity(doc);
  const result = trackFileSchema.safeParse(doc);
  if (!result.success) {
    const issues = result.error.issues;
    const first = issues[0]!;
    const where = formatPath(first.path);
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    throw new TrackFormatError(`${where || 'the track'} ${describeIssue(first, doc)}${more}`, where);
  }
  return fromTrackFileV1(result.data);
}

/**
 * Reads a keypoint track from its JSON text (docs/track-format.md). Throws TrackFormatError naming what is
 * wrong and where: malformed or truncated JSON, another format or version, a bad field or keypoint.
 */
export function parseKeypointTrackJson(text: string): KeypointTrack {
  return parseKeypointTrackValue(parseJsonText(text));
}
