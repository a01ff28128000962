/**
 * Starting the server and the workers as long-running processes (`spotter serve`, `spotter worker`): the
 * database (DATABASE_URL, else PGlite under DIR/pgdata), the migrations, the job queue, the HTTP listener.
 * Uploaded videos are kept in DIR/uploads: every worker must see that folder (a shared volume across machines).
 * Nothing of the analysis (ffmpeg, pose models, engine) is loaded before the first job.
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type PgBoss from 'pg-boss';
import { buildApp } from './app.js';
import { openDatabase, type OpenDatabase } from './db/open-database.js';
import { spotterCacheDir } from './db/pglite-data-dir.js';
import { analyseVideoFile, preloadAnalysis, type VideoAnalysisOutcome } from './jobs/analyse-video-file.js';
import {
  ANALYSIS_QUEUE,
  queueJobState,
  queueSettingsFromEnv,
  startQueue,
  type QueueSettings,
} from './jobs/analysis-queue.js';
import { workAnalysisQueue, type WorkerEvents } from './jobs/work-queue.js';
import { DEFAULT_SETTINGS, type ServerSettings } from './settings.js';

export interface RuntimeOptions {
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly env: NodeJS.ProcessEnv;
}

/** How long each step of the start took (ms), in order: the database's steps (openDatabase), queue, app, listen. */
export type StartupSteps = Readonly<Record<string, number>>;

export interface RunningServer {
  readonly url: string;
  readonly database: OpenDatabase;
  readonly app: FastifyInstance;
  readonly uploadsDir: string;
  readonly startupMs: number;
  readonly startupSteps: StartupSteps;
  readonly close: () => Promise<void>;
}

export const uploadsDirOf = (dataDir: string) => path.join(path.resolve(dataDir), 'uploads');

/** Times the steps of a start. */
function stopwatch() {
  const startMs = performance.now();
  let lastMs = startMs;
  const steps: Record<string, number> = {};
  return {
    lap(step: string) {
      const now = performance.now();
      steps[step] = Math.round(now - lastMs);
      lastMs = now;
    },
    steps: steps as StartupSteps,
    totalMs: () => performance.now() - startMs,
  };
}

/**
 * A stop (SIGINT, SIGTERM) lets the video being analysed finish, as long as a job may run (pg-boss then fails
 * it and another worker retries it): stopping earlier would throw away the analysis and spend a retry.
 */
const finishCurrentJob = (queue: QueueSettings) => ({
  graceful: true,
  wait: true,
  timeout: queue.expireInSeconds * 1000,
});

/** The job's analysis: the project's video analysis module, one pose model per thread. */
function videoAnalyser(
  options: RuntimeOptions & { readonly poseThreads: number },
): (file: string) => Promise<VideoAnalysisOutcome> {
  const estimatorModuleUrl = options.env.SPOTTER_ESTIMATOR_MODULE || undefined;
  return (file) => analyseVideoFile(file, { poseThreads: options.poseThreads, estimatorModuleUrl });
}

export async function startServer(
  options: RuntimeOptions & {
    readonly port: number;
    readonly host: string;
    readonly version: string;
    /** Run a job worker in this process (the only way with the embedded database). */
    readonly inProcessWorker: boolean;
    readonly poseThreads: number;
    readonly events?: WorkerEvents;
  },
): Promise<RunningServer> {
  const clock = stopwatch();
  const database = await openDatabase({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    cacheDir: spotterCacheDir(options.env),
    onStep: clock.lap,
  });
  const queue = queueSettingsFromEnv(options.env);
  let boss: PgBoss | undefined;
  let app: FastifyInstance | undefined;
  try {
    boss = await startQueue(database, queue);
    clock.lap('queue');
    const settings: ServerSettings = { ...DEFAULT_SETTINGS, uploadsDir: uploadsDirOf(options.dataDir) };
    const started = boss;
    app = await buildApp({
      db: database.db,
      databaseKind: database.kind,
      settings,
      version: options.version,
      enqueueAnalysis: (jobId) => started.send(ANALYSIS_QUEUE, { jobId }),
      queueJobState: (queueJobId) => queueJobState(started, queueJobId),
    });
    clock.lap('app');
    if (options.inProcessWorker) {
      await workAnalysisQueue(
        boss,
        { db: database.db, uploadsDir: settings.uploadsDir, analyse: videoAnalyser(options) },
        queue,
        options.events,
      );
    }
    const url = await app.listen({ port: options.port, host: options.host });
    clock.lap('listen');
    const running = { app, boss };
    return {
      url,
      database,
      app,
      uploadsDir: settings.uploadsDir,
      startupMs: clock.totalMs(),
      startupSteps: clock.steps,
      close: async () => {
        await running.app.close();
        await running.boss.stop(finishCurrentJob(queue));
        await database.close();
      },
    };
  } catch (error) {
    await app?.close();
    await boss?.stop({ graceful: false, wait: true });
    await database.close();
    throw error;
  }
}

export interface RunningWorker {
  readonly close: () => Promise<void>;
}

/** A job worker process on a shared PostgreSQL (any number of them, on any machines that see DIR/uploads). */
export async function startWorker(
  options: RuntimeOptions & {
    readonly databaseUrl: string;
    readonly poseThreads: number;
    readonly events?: WorkerEvents;
  },
): Promise<RunningWorker> {
  const database = await openDatabase({ databaseUrl: options.databaseUrl });
  await preloadAnalysis();
  const queue = queueSettingsFromEnv(options.env);
  const boss = await startQueue(database, queue);
  await workAnalysisQueue(
    boss,
    { db: database.db, uploadsDir: uploadsDirOf(options.dataDir), analyse: videoAnalyser(options) },
    queue,
    options.events,
  );
  return {
    close: async () => {
      await boss.stop(finishCurrentJob(queue));
      await database.close();
    },
  };
}
