/**
 * A job worker: takes video analysis jobs from pg-boss one at a time and runs them. `spotter worker` starts one
 * per process; `spotter serve` on the embedded database starts one in its own process.
 */
import type PgBoss from 'pg-boss';
import { ANALYSIS_QUEUE, type AnalysisJobData, type QueueSettings } from './analysis-queue.js';
import { markJobCrashed, runAnalysisJob, type JobRunnerDeps, type JobRunResult } from './run-analysis-job.js';

export interface WorkerEvents {
  readonly onResult?: (jobId: string, result: JobRunResult) => void;
  readonly onCrash?: (jobId: string, error: unknown) => void;
}

/** Registers the handler; returns the pg-boss worker id (boss.offWork({ id }) stops it). */
export async function workAnalysisQueue(
  boss: PgBoss,
  deps: JobRunnerDeps,
  queue: QueueSettings,
  events: WorkerEvents = {},
): Promise<string> {
  return boss.work<AnalysisJobData>(
    ANALYSIS_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: queue.pollingIntervalS, includeMetadata: true },
    async ([job]) => {
      if (job === undefined) return;
      const { jobId } = job.data;
      try {
        const result = await runAnalysisJob(deps, jobId); // not inside ?.(): it would be skipped without a listener
        events.onResult?.(jobId, result);
      } catch (error) {
        events.onCrash?.(jobId, error);
        if (job.retryCount >= job.retryLimit) {
          const message = error instanceof Error ? error.message : String(error);
          await markJobCrashed(deps.db, jobId, `analysis crashed: ${message}`);
        }
        throw error; // pg-boss retries it (or records the failure)
      }
    },
  );
}
