/**
 * One set of a client in full: its report and its keypoint track, so the web app can show the set's whole
 * analysis view (skeleton, per-rep plots, fault snapshots) without the video, which never had to leave the device.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { callerOf, requireAccount } from '../auth/authenticate.js';
import type { Database } from '../db/schema.js';
import { bearer, withErrors } from './schemas.js';
import { findVisibleClient, isUuid, NOT_FOUND } from './scope.js';
import { setSchema } from './sets.js';

export function setDetailRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Params: { id: string; setId: string } }>(
    '/api/clients/:id/sets/:setId',
    {
      preHandler: requireAccount(db),
      schema: {
        summary: 'One set: its report and, when it was shared or analysed with one, its keypoint track',
        security: bearer,
        params: {
          type: 'object',
          properties: { id: { type: 'string' }, setId: { type: 'string' } },
          required: ['id', 'setId'],
        },
        response: withErrors({
          200: {
            ...setSchema,
            properties: {
              ...setSchema.properties,
              track: {
                type: 'object',
                nullable: true,
                description:
                  'The keypoint track (docs/track-format.md), or null when only the report was sent.',
                additionalProperties: true,
              },
            },
            required: [...setSchema.required, 'track'],
          },
        }),
      },
    },
    async (request, reply) => {
      const client = await findVisibleClient(db, callerOf(request), request.params.id);
      if (client === undefined || !isUuid(request.params.setId)) return reply.code(404).send(NOT_FOUND);
      const row = await db
        .selectFrom('training_set')
        .select(['id', 'created_at', 'source', 'report', 'track'])
        .where('id', '=', request.params.setId)
        .where('client_id', '=', client.id)
        .executeTakeFirst();
      if (row === undefined) return reply.code(404).send(NOT_FOUND);
      return {
        id: row.id,
        createdAt: row.created_at.toISOString(),
        source: row.source,
        report: row.report,
        track: row.track,
      };
    },
  );
}
