/**
 * One delivery of a video analysis job. Idempotent: a job that is already done or failed is left alone, and the
 * set is written in the same transaction that marks the job done, only if it was not done yet, so a job
 * delivered twice (its first worker died after analysing) still makes exactly one set.
 */
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { VideoAnalysisOutcome } from './analyse-video-file.js';

export interface JobRunnerDeps {
  readonly db: Kysely<Database>;
  readonly uploadsDir: string;
  readonly analyse: (file: string) => Promise<VideoAnalysisOutcome>;
}

export type JobRunResult = 'done' | 'failed' | 'skipped';

export async function runAnalysisJob(deps: JobRunnerDeps, jobId: string): Promise<JobRunResult> {
  const { db } = deps;
  const started = await db
    .updateTable('analysis_job')
    .set((eb) => ({ state: 'running', attempts: eb('attempts', '+', 1), updated_at: new Date() }))
    .where('id', '=', jobId)
    .where('state', 'in', ['queued', 'running'])
    .returning(['video_file', 'client_id'])
    .executeTakeFirst();
  if (started === undefined) return 'skipped';

  const outcome = await deps.analyse(path.join(deps.uploadsDir, path.basename(started.video_file)));
  return db.transaction().execute(async (trx) => {
    const job = await trx
      .selectFrom('analysis_job')
      .select('state')
      .where('id', '=', jobId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (job.state === 'done' || job.state === 'failed') return 'skipped';
    if (!outcome.ok) {
      await trx
        .updateTable('analysis_job')
        .set({ state: 'failed', error: outcome.error, updated_at: new Date() })
        .where('id', '=', jobId)
        .execute();
      return 'failed';
    }
    const set = await trx
      .insertInto('training_set')
      .values({
        client_id: started.client_id,
        report: JSON.stringify(outcome.report),
        track: outcome.trackJson,
        source: 'server',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('analysis_job')
      .set({ state: 'done', set_id: set.id, error: null, updated_at: new Date() })
      .where('id', '=', jobId)
      .execute();
    return 'done';
  });
}

/** The job's last delivery failed unexpectedly (no retry left): record it so GET /api/jobs says so. */
export async function markJobCrashed(db: Kysely<Database>, jobId: string, message: string): Promise<void> {
  await db
    .updateTable('analysis_job')
    .set({ state: 'failed', error: message, updated_at: new Date() })
    .where('id', '=', jobId)
    .where('state', 'in', ['queued', 'running'])
    .execute();
}
