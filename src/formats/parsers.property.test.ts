/**
 * Property-based tests (fast-check) of the file-format parsers: whatever JSON (or text) they are given, they
 * either return a value or throw their own typed error, never anything else; valid documents round-trip; a
 * UTF-8 byte order mark is accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FAULT_IDS,
  LANDMARK_SETS,
  VERDICTS,
  type KeypointTrack,
  type LandmarkSetId,
} from '../engine/index.js';
import { addSet, emptyLog, type SetInput } from '../log/edit-log.js';
import { LOG_LIMITS as L } from '../log/limits.js';
import { msToIso } from '../log/time.js';
import type { TrainingLog } from '../log/types.js';
import { parseKeypointTrackJson, parseKeypointTrackValue } from './keypoint-track/parse-keypoint-track.js';
import { serializeKeypointTrack } from './keypoint-track/serialize-keypoint-track.js';
import { TrackFormatError } from './keypoint-track/track-format-error.js';
import { parseTrainingLogCsv, trainingLogToCsv } from './training-log/csv.js';
import { parseTrainingLogJson, parseTrainingLogValue } from './training-log/parse-training-log.js';
import { parseReportForLogJson, readReportForLog } from './training-log/read-report.js';
import { serializeTrainingLog } from './training-log/serialize-training-log.js';
import { TrainingLogFormatError } from './training-log/training-log-format-error.js';

const RUNS = { numRuns: 300 };

/** Runs `parse`; passes if it returns or throws an instance of `errorType`, and rethrows anything else. */
function onlyOwnError(parse: () => unknown, errorType: abstract new (...args: never[]) => Error): void {
  try {
    parse();
  } catch (err) {
    if (!(err instanceof errorType)) throw err;
    expect(err.message.length).toBeGreaterThan(0);
  }
}

/** Every path to a value inside a JSON document (objects and arrays), the root excluded. */
function paths(doc: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof doc !== 'object' || doc === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(doc)
    ? doc.map((v, i) => [i, v])
    : Object.entries(doc as Record<string, unknown>);
  return entries.flatMap(([key, value]) => [[...prefix, key], ...paths(value, [...prefix, key])]);
}

/** A copy of `doc` with the value at `path` replaced by `value` (or removed when `value` is undefined). */
function mutate(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** A valid document with one value somewhere in it replaced by arbitrary JSON, or removed. */
function nearlyValid(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), fc.option(fc.jsonValue(), { nil: undefined })).map(([doc, n, value]) => {
    const all = paths(doc);
    return all.length === 0 ? doc : mutate(doc, all[n % all.length]!, value);
  });
}

/** Finite numbers without -0 (JSON writes -0 as 0). */
const finite = (min = -1e6, max = 1e6) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

// ---------------------------------------------------------------------------------------------- keypoint track

const landmarkSetIds = Object.keys(LANDMARK_SETS) as LandmarkSetId[];

const validTrack: fc.Arbitrary<KeypointTrack> = fc
  .constantFrom(...landmarkSetIds)
  .chain((landmarkSet) => {
    const n = LANDMARK_SETS[landmarkSet].names.length;
    const point = fc.option(
      fc.record(
        { x: finite(), y: finite(), score: finite(0, 1), zPx: finite() },
        { requiredKeys: ['x', 'y', 'score'] },
      ),
      { nil: null, freq: 4 },
    );
    const frame = fc.record({
      dt: finite(0, 1),
      keypoints: fc.array(point, { minLength: n, maxLength: n }),
    });
    return fc.record({
      landmarkSet: fc.constant(landmarkSet),
      imageWidthPx: finite(1, 4000),
      imageHeightPx: finite(1, 4000),
      frames: fc.array(frame, { maxLength: 6 }).map((frames) => {
        let tS = 0;
        return frames.map((f) => ({ tS: (tS += f.dt), keypoints: f.keypoints }));
      }),
      source: fc.option(
        fc.record(
          {
            kind: fc.constantFrom('video', 'simulator', 'live', 'other'),
            model: fc.string(),
            file: fc.string(),
          },
          { requiredKeys: ['kind'] },
        ),
        { nil: undefined },
      ),
    });
  })
  .map(({ source, ...track }) => (source === undefined ? track : { ...track, source }) as KeypointTrack);

describe('keypoint track parser (property)', () => {
  it('round-trips any valid track through its JSON', () => {
    fc.assert(
      fc.property(validTrack, (track) => {
        expect(parseKeypointTrackJson(serializeKeypointTrack(track))).toEqual(track);
      }),
      RUNS,
    );
  });

  it('accepts a UTF-8 byte order mark before the JSON', () => {
    fc.assert(
      fc.property(validTrack, (track) => {
        expect(parseKeypointTrackJson(`\uFEFF${serializeKeypointTrack(track)}`)).toEqual(track);
      }),
      { numRuns: 20 },
    );
  });

  it('throws only TrackFormatError on arbitrary JSON, nearly valid tracks and arbitrary text', () => {
    const docs = fc.oneof(
      fc.jsonValue(),
      nearlyValid(validTrack.map((t) => JSON.parse(serializeKeypointTrack(t)) as unknown)),
    );
    fc.assert(
      fc.property(docs, (doc) => {
        onlyOwnError(() => parseKeypointTrackValue(doc), TrackFormatError);
        onlyOwnError(() => parseKeypointTrackJson(JSON.stringify(doc)), TrackFormatError);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        onlyOwnError(() => parseKeypointTrackJson(text), TrackFormatError);
      }),
      RUNS,
    );
  });
});

// ------------------------------------------------------------------------------------------------ training log

const setInput: fc.Arbitrary<SetInput> = fc
  .record(
    {
      ms: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
      offsetMin: fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
      loadKg: finite(L.loadKg.min, L.loadKg.max),
      reps: fc.integer(L.reps),
      targetReps: fc.integer(L.targetReps),
      rir: fc.integer(L.rir),
      rpe: finite(L.rpe.min, L.rpe.max),
      pain: fc.record(
        { during: fc.integer(L.pain), after: fc.integer(L.pain), nextMorning: fc.integer(L.pain) },
        { requiredKeys: [] },
      ),
      analysis: fc.record(
        {
          repsSeen: fc.nat(50),
          eccentricMeanS: finite(0, 10),
          concentricMeanS: finite(0, 10),
          hipFlexionMaxDeg: finite(-180, 180),
          kneeMinDeg: finite(-180, 180),
          safeDepthDeg: finite(60, 150),
          verdict: fc.constantFrom(...VERDICTS),
          faults: fc.uniqueArray(
            fc.record({
              id: fc.constantFrom(...FAULT_IDS),
              count: fc.nat(20),
              worstSeverity: fc.constantFrom('info' as const, 'warn' as const, 'alert' as const),
            }),
            { selector: (f) => f.id, maxLength: 3 },
          ),
        },
        { requiredKeys: ['repsSeen', 'faults'] },
      ),
      // Notes as the CSV keeps them: trimmed (the reader trims cells), non-empty.
      notes: fc.string({ unit: 'binary', maxLength: 80 }).filter((s) => s.trim() === s && s !== ''),
    },
    { requiredKeys: ['ms', 'offsetMin', 'loadKg', 'reps', 'pain'] },
  )
  .map(({ ms, offsetMin, ...rest }) => ({ atIso: msToIso(ms, offsetMin), ...rest }));

const validLog: fc.Arbitrary<TrainingLog> = fc
  .record({
    sets: fc.array(setInput, { maxLength: 6 }),
    targetReps: fc.integer(L.targetReps),
    plateIncrementKg: finite(L.plateIncrementKg.min, L.plateIncrementKg.max),
  })
  .map(({ sets, targetReps, plateIncrementKg }) =>
    sets.reduce((log, input) => addSet(log, input).log, emptyLog({ targetReps, plateIncrementKg })),
  );

/** A set without its id (the CSV reader numbers sets afresh in row order). */
const withoutIds = (log: TrainingLog) => log.sets.map(({ id: _id, ...set }) => set);

describe('training log parsers (property)', () => {
  it('round-trips any valid log through its JSON (with or without a byte order mark)', () => {
    fc.assert(
      fc.property(validLog, fc.boolean(), (log, bom) => {
        expect(parseTrainingLogJson(`${bom ? '\uFEFF' : ''}${serializeTrainingLog(log)}`)).toEqual(log);
      }),
      RUNS,
    );
  });

  it('round-trips any valid log through its CSV', () => {
    fc.assert(
      fc.property(validLog, (log) => {
        const back = parseTrainingLogCsv(trainingLogToCsv(log), log.settings);
        expect(back.settings).toEqual(log.settings);
        expect(withoutIds(back)).toEqual(withoutIds(log));
      }),
      RUNS,
    );
  });

  it('throws only TrainingLogFormatError on arbitrary JSON, nearly valid logs, reports and text', () => {
    const docs = fc.oneof(
      fc.jsonValue(),
      nearlyValid(validLog.map((log) => JSON.parse(serializeTrainingLog(log)) as unknown)),
    );
    fc.assert(
      fc.property(docs, (doc) => {
        onlyOwnError(() => parseTrainingLogValue(doc), TrainingLogFormatError);
        onlyOwnError(() => parseTrainingLogJson(JSON.stringify(doc)), TrainingLogFormatError);
        onlyOwnError(() => readReportForLog(doc), TrainingLogFormatError);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        onlyOwnError(() => parseTrainingLogJson(text), TrainingLogFormatError);
        onlyOwnError(() => parseReportForLogJson(text), TrainingLogFormatError);
        onlyOwnError(() => parseTrainingLogCsv(text), TrainingLogFormatError);
      }),
      RUNS,
    );
  });

  it('throws only TrainingLogFormatError on a CSV with any cell changed', () => {
    const csvWithCell = fc
      .tuple(
        validLog.filter((log) => log.sets.length > 0),
        fc.nat(),
        fc.string({ unit: 'binary' }),
      )
      .map(([log, n, cell]) => {
        const lines = trainingLogToCsv(log).trimEnd().split('\n');
        const row = 1 + (n % (lines.length - 1));
        const cells = lines[row]!.split(',');
        cells[n % cells.length] = JSON.stringify(cell);
        lines[row] = cells.join(',');
        return lines.join('\n');
      });
    fc.assert(
      fc.property(csvWithCell, (csv) => onlyOwnError(() => parseTrainingLogCsv(csv), TrainingLogFormatError)),
      RUNS,
    );
  });
});
