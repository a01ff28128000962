/**
 * Video analysis jobs on pg-boss (a job engine on the same PostgreSQL, so a job and its set live in one
 * database, and any number of `spotter worker` processes on any machine share the queue with SKIP LOCKED).
 * A job that is not finished within `expireInSeconds` (its worker died) is failed by pg-boss's supervisor and
 * retried, up to `retryLimit` times.
 */
import PgBoss from 'pg-boss';
import type { OpenDatabase } from '../db/open-database.js';

export const ANALYSIS_QUEUE = 'analyse-video';

export interface AnalysisJobData {
  /** analysis_job.id */
  readonly jobId: string;
}

export interface QueueSettings {
  /** A running job older than this is taken to be lost with its worker and retried. */
  readonly expireInSeconds: number;
  readonly retryLimit: number;
  readonly retryDelayS: number;
  /** How often the supervisor looks for expired jobs. */
  readonly maintenanceIntervalS: number;
  readonly pollingIntervalS: number;
  /** pg-boss's schema. */
  readonly schema: string;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  expireInSeconds: 30 * 60,
  retryLimit: 2,
  retryDelayS: 5,
  maintenanceIntervalS: 60,
  pollingIntervalS: 2,
  schema: 'pgboss',
};

/** Queue settings from the environment (SPOTTER_JOB_EXPIRE_S, SPOTTER_JOB_RETRIES, ...), for operators and tests. */
export function queueSettingsFromEnv(env: NodeJS.ProcessEnv): QueueSettings {
  const num = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  const d = DEFAULT_QUEUE_SETTINGS;
  return {
    expireInSeconds: Math.max(1, num('SPOTTER_JOB_EXPIRE_S', d.expireInSeconds)),
    retryLimit: num('SPOTTER_JOB_RETRIES', d.retryLimit),
    retryDelayS: num('SPOTTER_JOB_RETRY_DELAY_S', d.retryDelayS),
    maintenanceIntervalS: Math.max(1, num('SPOTTER_JOB_SUPERVISE_S', d.maintenanceIntervalS)),
    pollingIntervalS: Math.max(0.5, num('SPOTTER_JOB_POLL_S', d.pollingIntervalS)),
    schema: env['SPOTTER_JOB_SCHEMA'] ?? d.schema,
  };
}

/** pg-boss's state of one analysis job (created, retry, active, completed, cancelled, failed). */
export async function queueJobState(boss: PgBoss, queueJobId: string): Promise<string | undefined> {
  return (await boss.getJobById(ANALYSIS_QUEUE, queueJobId))?.state;
}

export async function startQueue(database: OpenDatabase, settings: QueueSettings): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: settings.schema,
    maintenanceIntervalSeconds: settings.maintenanceIntervalS,
    monitorStateIntervalSeconds: Math.max(settings.maintenanceIntervalS, 10),
    schedule: false,
  });
  boss.on('error', (error) => console.error(`spotter: job queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(ANALYSIS_QUEUE, {
    name: ANALYSIS_QUEUE,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelayS,
    expireInSeconds: settings.expireInSeconds,
  });
  return boss;
}
