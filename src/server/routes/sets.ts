/**
 * Sets of a client: shared from a device (the report, and optionally its keypoint track, analysed where it was
 * filmed: no video leaves the device) or made by a worker from an uploaded video.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { parseKeypointTrackValue, TrackFormatError } from '../../formats/keypoint-track/index.js';
import { readReportForLog, TrainingLogFormatError } from '../../formats/training-log/index.js';
import { callerOf, requireAccount } from '../auth/authenticate.js';
import type { Database } from '../db/schema.js';
import { bearer, created, idParams, reportSchema, withErrors } from './schemas.js';
import { findVisibleClient, NOT_FOUND } from './scope.js';

/** A set as the API shows it: report = the CLI's JSON report, unchanged. */
export const setSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    source: { enum: ['device', 'server'] },
    report: reportSchema,
  },
  required: ['id', 'createdAt', 'source', 'report'],
} as const;

/** The body: the report itself, or `{ report, track }`. */
export function splitSetBody(body: Record<string, unknown>): { report: unknown; track: unknown } {
  return 'report' in body && !('reps' in body)
    ? { report: body.report, track: body.track }
    : { report: body, track: undefined };
}

/** Checks the report (the contract fields) and the track with the project's own parsers; a message or undefined. */
export function setBodyProblem(report: unknown, track: unknown): string | undefined {
  try {
    readReportForLog(report);
    if (track !== undefined && track !== null) parseKeypointTrackValue(track);
    return undefined;
  } catch (error) {
    if (error instanceof TrainingLogFormatError) return error.message;
    if (error instanceof TrackFormatError) return `not a Spotter keypoint track: ${error.message}`;
    throw error;
  }
}

export function setRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const auth = requireAccount(db);

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/api/clients/:id/sets',
    {
      preHandler: auth,
      schema: {
        summary: "Share a set: the CLI's JSON report, alone or as { report, track }",
        security: bearer,
        params: idParams,
        // One schema, checked in code (splitSetBody): a oneOf here would let Ajv's removeAdditional strip the
        // report's fields while trying the { report, track } branch.
        body: {
          type: 'object',
          description:
            "The CLI's JSON report, or { report, track } with its keypoint track (docs/track-format.md).",
          additionalProperties: true,
        },
        response: withErrors({ 201: created }),
      },
    },
    async (request, reply) => {
      const client = await findVisibleClient(db, callerOf(request), request.params.id);
      if (client === undefined) return reply.code(404).send(NOT_FOUND);
      const { report, track } = splitSetBody(request.body);
      const problem = setBodyProblem(report, track);
      if (problem !== undefined) return reply.code(400).send({ error: problem });
      const row = await db
        .insertInto('training_set')
        .values({
          client_id: client.id,
          report: JSON.stringify(report),
          track: track === undefined || track === null ? null : JSON.stringify(track),
          source: 'device',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return reply.code(201).send({ id: row.id });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/clients/:id/sets',
    {
      preHandler: auth,
      schema: {
        summary: "A client's sets, oldest first",
        security: bearer,
        params: idParams,
        response: withErrors({ 200: { type: 'array', items: setSchema } }),
      },
    },
    async (request, reply) => {
      const client = await findVisibleClient(db, callerOf(request), request.params.id);
      if (client === undefined) return reply.code(404).send(NOT_FOUND);
      const rows = await db
        .selectFrom('training_set')
        .select(['id', 'created_at', 'source', 'report'])
        .where('client_id', '=', client.id)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at.toISOString(),
        source: r.source,
        report: r.report,
      }));
    },
  );
}
