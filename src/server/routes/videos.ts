/**
 * Server-side analysis, an explicit choice (the default is to share the report analysed on the device): the
 * video's bytes are the body; they are checked by content and size as they stream to the uploads folder, and a
 * pg-boss job is queued for `spotter worker`.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { callerOf, requireAccount } from '../auth/authenticate.js';
import type { Database } from '../db/schema.js';
import type { ServerSettings } from '../settings.js';
import { storeUpload, UploadRejectedError } from '../uploads/store-upload.js';
import { bearer, errorSchema, idParams, withErrors } from './schemas.js';
import { findVisibleClient, NOT_FOUND } from './scope.js';

/** Queues a stored job row; returns the queue's own job id. */
export type EnqueueAnalysis = (jobId: string) => Promise<string | null>;

/** Content types the upload route takes (the bytes are checked by content anyway). */
export const VIDEO_CONTENT_TYPES = ['application/octet-stream', /^video\/[\w.+-]+$/] as const;

export function videoRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  settings: ServerSettings,
  enqueue: EnqueueAnalysis,
): void {
  // The body stays a stream: storeUpload reads request.raw and enforces the limit itself.
  for (const type of VIDEO_CONTENT_TYPES) {
    app.addContentTypeParser(type, (_request, _payload, done) => done(null));
  }

  app.post<{ Params: { id: string } }>(
    '/api/clients/:id/videos',
    {
      preHandler: requireAccount(db),
      bodyLimit: settings.uploadMaxBytes,
      schema: {
        summary: 'Upload a video for server-side analysis (the body is the video bytes)',
        description: `mp4/mov, webm/mkv or avi, recognised by content; at most ${settings.uploadMaxBytes} bytes. Content-Type: video/* or application/octet-stream.`,
        security: bearer,
        params: idParams,
        response: withErrors({
          202: { type: 'object', properties: { jobId: { type: 'string' } }, required: ['jobId'] },
          413: errorSchema,
          415: errorSchema,
        }),
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const client = await findVisibleClient(db, caller, request.params.id);
      if (client === undefined) return reply.code(404).send(NOT_FOUND);
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > settings.uploadMaxBytes) {
        return reply
          .code(413)
          .send({ error: `The video is larger than the ${settings.uploadMaxBytes} byte limit.` });
      }
      let stored;
      try {
        stored = await storeUpload(request.raw, settings.uploadsDir, settings.uploadMaxBytes);
      } catch (error) {
        if (error instanceof UploadRejectedError) {
          reply.header('connection', 'close');
          return reply.code(error.statusCode).send({ error: error.message });
        }
        throw error;
      }
      const job = await db
        .insertInto('analysis_job')
        .values({
          client_id: client.id,
          account_id: caller.id,
          state: 'queued',
          video_file: stored.fileName,
          video_bytes: stored.bytes,
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const queueJobId = await enqueue(job.id);
      await db
        .updateTable('analysis_job')
        .set({ queue_job_id: queueJobId })
        .where('id', '=', job.id)
        .execute();
      return reply.code(202).send({ jobId: job.id });
    },
  );
}
