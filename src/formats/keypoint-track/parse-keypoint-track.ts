import type { z } from 'zod';
import {
  LANDMARK_SETS,
  type KeypointPx,
  type KeypointTrack,
  type PoseFrame,
  type TrackSource,
} from '../../engine/index.js';
import { withoutByteOrderMark } from '../byte-order-mark.js';
import { checkFormatIdentity, type FormatIdentity } from '../check-format-identity.js';
import { formatPath, valueAt } from '../json-path.js';
import { SUPPORTED_TRACK_VERSIONS, TRACK_FORMAT_ID } from './constants.js';

import { frameSchema, headerSchema, type TrackHeaderV1 } from './schema.js';
import { TrackFormatError } from './track-format-error.js';

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** One sentence per zod issue, in the format's own words rather than zod's. */
function describeIssue(issue: z.core.$ZodIssue, doc: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const input = valueAt(doc, issue.path);
      if (issue.expected === 'number' && typeof input === 'number') return 'must be a finite number';
      if (issue.expected === 'tuple')
        return `must be [x, y, score], [x, y, score, z] or null, not ${describeValue(input)}`;
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
      if (issue.origin === 'array') return 'must be [x, y, score] (3 numbers), [x, y, score, z] (4) or null';
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

const IDENTITY: FormatIdentity = {
  kind: 'keypoint track',
  formatId: TRACK_FORMAT_ID,
  supportedVersions: SUPPORTED_TRACK_VERSIONS,
  describeValue,
  error: (message, where) => new TrackFormatError(message, where),
};

const isScore = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

/**
 * Fast check of one frame, equivalent to `frameSchema` (which stays the definition: it runs on any frame this
 * rejects, to say exactly what is wrong). Returns the engine's frame, or null when the frame is invalid.
 */
function readFrameFast(raw: unknown): PoseFrame | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { tS, keypoints } = raw as { tS?: unknown; keypoints?: unknown };
  if (typeof tS !== 'number' || !Number.isFinite(tS) || tS < 0 || !Array.isArray(keypoints)) return null;
  const points: (KeypointPx | null)[] = new Array<KeypointPx | null>(keypoints.length);
  for (let k = 0; k < keypoints.length; k++) {
    const p: unknown = keypoints[k];
    if (p === null) {
      points[k] = null;
      continue;
    }
    if (!Array.isArray(p) || (p.length !== 3 && p.length !== 4)) return null;
    const [x, y, score, zPx] = p as unknown[];
    if (typeof x !== 'number' || !Number.isFinite(x) || typeof y !== 'number' || !Number.isFinite(y))
      return null;
    if (!isScore(score)) return null;
    if (zPx === undefined) points[k] = { x, y, score };
    else if (typeof zPx === 'number' && Number.isFinite(zPx)) points[k] = { x, y, score, zPx };
    else return null;
  }
  return { tS, keypoints: points };
}

function issueError(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
  doc: unknown,
): TrackFormatError {
  const first = issues[0]!;
  const path = [...prefix, ...first.path];
  const where = formatPath(path);
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new TrackFormatError(
    `${where || 'the track'} ${describeIssue({ ...first, path }, doc)}${more}`,
    where,
  );
}

function readFrame(raw: unknown, i: number, doc: unknown): PoseFrame {
  const fast = readFrameFast(raw);
  if (fast !== null) return fast;
  const result = frameSchema.safeParse(raw);
  if (!result.success) throw issueError(result.error.issues, ['frames', i], doc);
  throw new TrackFormatError(`frames[${i}] is not a valid frame`, `frames[${i}]`);
}

function trackSource(source: TrackHeaderV1['source']): TrackSource | undefined {
  if (source === undefined) return undefined;
  const { kind, model, file } = source;
  return { kind, ...(model !== undefined && { model }), ...(file !== undefined && { file }) };
}

/** Validates an already parsed JSON value as a keypoint track (throws TrackFormatError). */
export function parseKeypointTrackValue(doc: unknown): KeypointTrack {
  checkFormatIdentity(doc, IDENTITY);
  const header = headerSchema.safeParse(doc);
  if (!header.success) throw issueError(header.error.issues, [], doc);
  const { landmarkSet, image, frames: rawFrames } = header.data;
  const needed = LANDMARK_SETS[landmarkSet].names.length;
  const frames: PoseFrame[] = new Array<PoseFrame>(rawFrames.length);
  let previousTS = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < rawFrames.length; i++) {
    const frame = readFrame(rawFrames[i], i, doc);
    if (frame.keypoints.length !== needed) {
      const where = `frames[${i}].keypoints`;
      throw new TrackFormatError(
        `${where} has ${frame.keypoints.length} points; ${landmarkSet} needs ${needed}`,
        where,
      );
    }
    if (frame.tS < previousTS) {
      const where = `frames[${i}].tS`;
      throw new TrackFormatError(
        `${where} is ${frame.tS} s, earlier than the previous frame's ${previousTS} s; timestamps must not decrease`,
        where,
      );
    }
    previousTS = frame.tS;
    frames[i] = frame;
  }
  const source = trackSource(header.data.source);
  return {
    landmarkSet,
    imageWidthPx: image.widthPx,
    imageHeightPx: image.heightPx,
    frames,
    ...(source !== undefined && { source }),
  };
}

/**
 * Reads a keypoint track from its JSON text (docs/track-format.md). Throws TrackFormatError naming what is
 * wrong and where: malformed or truncated JSON, another format or version, a bad field or keypoint.
 */
export function parseKeypointTrackJson(text: string): KeypointTrack {
  return parseKeypointTrackValue(parseJsonText(withoutByteOrderMark(text)));
}
