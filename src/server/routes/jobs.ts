/** A video analysis job's state, for whoever can see its client. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { callerOf, requireAccount } from '../auth/authenticate.js';
import { JOB_STATES, type Database } from '../db/schema.js';
import { markJobCrashed } from '../jobs/run-analysis-job.js';
import { bearer, idParams, withErrors } from './schemas.js';
import { isUuid, NOT_FOUND, visibleClients } from './scope.js';

/** The job engine's state of a queued job ('failed' once it gave up on it), undefined if unknown. */
export type QueueJobState = (queueJobId: string) => Promise<string | undefined>;

export const LOST_JOB_ERROR =
  'The analysis did not finish: its worker stopped or ran out of time on every attempt. Upload the video again.';

export function jobRoutes(app: FastifyInstance, db: Kysely<Database>, queueJobState: QueueJobState): void {
  app.get<{ Params: { id: string } }>(
    '/api/jobs/:id',
    {
      preHandler: requireAccount(db),
      schema: {
        summary: 'A video analysis job: queued, running, done (setId) or failed (error)',
        security: bearer,
        params: idParams,
        response: withErrors({
          200: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              clientId: { type: 'string' },
              state: { enum: [...JOB_STATES] },
              setId: { type: 'string' },
              error: { type: 'string' },
              attempts: { type: 'integer' },
            },
            required: ['id', 'clientId', 'state', 'attempts'],
          },
        }),
      },
    },
    async (request, reply) => {
      if (!isUuid(request.params.id)) return reply.code(404).send(NOT_FOUND);
      const clients = visibleClients(db, callerOf(request)).select('client.id');
      const job = await db
        .selectFrom('analysis_job')
        .select(['id', 'client_id', 'state', 'set_id', 'error', 'attempts', 'queue_job_id'])
        .where('id', '=', request.params.id)
        .where('client_id', 'in', clients)
        .executeTakeFirst();
      if (job === undefined) return reply.code(404).send(NOT_FOUND);
      // A worker that died on the last attempt cannot record the failure: the job engine has it.
      if (job.state === 'running' && job.queue_job_id !== null) {
        if ((await queueJobState(job.queue_job_id)) === 'failed') {
          await markJobCrashed(db, job.id, LOST_JOB_ERROR);
          job.state = 'failed';
          job.error = LOST_JOB_ERROR;
        }
      }
      return {
        id: job.id,
        clientId: job.client_id,
        state: job.state,
        attempts: job.attempts,
        ...(job.set_id !== null && { setId: job.set_id }),
        ...(job.error !== null && { error: job.error }),
      };
    },
  );
}
