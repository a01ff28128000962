/**
 * Issue 13's goal "a worker killed mid-job loses no job and duplicates no set", with a real process: a
 * `spotter worker` process (slowed fake pose model) takes an uploaded video and is SIGKILLed while it analyses
 * it; the job stays running, expires, and is done by another worker, with exactly one set. And a job delivered
 * again after its set was written (its worker died before telling pg-boss) is not analysed twice. Separate
 * processes need a server database, so the process test runs on PostgreSQL (DATABASE_URL) only; the same death
 * without a process on PGlite is in ../video-jobs.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_VARIANTS } from '../test-support/test-server.js';
import { startQueue } from './analysis-queue.js';
import { analyseVideoFile } from './analyse-video-file.js';
import { runAnalysisJob } from './run-analysis-job.js';
import { until, useJobTestServer } from './test-support/job-test-server.js';
import { workAnalysisQueue } from './work-queue.js';

const FAKE = new URL('../../adapters/node/pose-pool/test-support/fake-estimator.ts', import.meta.url).href;
const SLOW = new URL('./test-support/slow-estimator.ts', import.meta.url).href;
const ROOT = path.resolve(import.meta.dirname, '../../..');
// Longer than the second worker's analysis takes on a loaded machine, or it expires too.
const EXPIRE_S = 20;

describe.each(DATABASE_VARIANTS)('a worker that dies mid-job, on $name', (variant) => {
  const t = useJobTestServer(variant, {
    expireInSeconds: EXPIRE_S,
    retryDelayS: 0,
    maintenanceIntervalS: 1,
  });
  const job = (jobId: string) => t.job(jobId);
  const setIds = async () => (await t.sets()).map((s) => s.id);
  const analyse = (file: string) => analyseVideoFile(file, { poseThreads: 1, estimatorModuleUrl: FAKE });

  /** `spotter worker` as a process, on the test server's schemas, with the slowed fake model. */
  function workerProcess(databaseUrl: string): ChildProcess {
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${t.server.schema}`);
    return spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--data', path.dirname(t.server.settings.uploadsDir)],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: url.href,
          SPOTTER_JOB_SCHEMA: t.server.queue.schema,
          SPOTTER_JOB_EXPIRE_S: String(EXPIRE_S),
          SPOTTER_JOB_RETRY_DELAY_S: '0',
          SPOTTER_JOB_SUPERVISE_S: '1',
          SPOTTER_JOB_POLL_S: '0.5',
          SPOTTER_ESTIMATOR_MODULE: SLOW,
          SPOTTER_FAKE_POSE_MS: '150',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  }

  it.skipIf(variant.skip || variant.databaseUrl === undefined)(
    'a spotter worker process SIGKILLed mid-analysis: the job is retried by another worker, one set',
    async () => {
      const before = await setIds();
      const jobId = await t.upload();
      const dying = workerProcess(variant.databaseUrl as string);
      let output = '';
      dying.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      dying.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        dying.once('exit', (_code, signal) => resolve(signal)),
      );
      try {
        await until('the worker process to take the job', async () =>
          (await job(jobId)).state === 'running' ? true : undefined,
        );
        // About 1 s into its ~16 s analysis (105 frames at 150 ms).
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(dying.exitCode, output).toBeNull();
        dying.kill('SIGKILL');
        expect(await exited).toBe('SIGKILL');
      } finally {
        if (dying.exitCode === null && dying.signalCode === null) dying.kill('SIGKILL');
      }
      expect(await job(jobId)).toMatchObject({ state: 'running', attempts: 1 });
      expect(await setIds()).toEqual(before);

      const boss = await startQueue(t.server.database, t.server.queue);
      await workAnalysisQueue(
        boss,
        { db: t.server.database.db, uploadsDir: t.server.settings.uploadsDir, analyse },
        t.server.queue,
      );
      try {
        const done = await t.settled(jobId);
        expect(done, done.error).toMatchObject({ state: 'done', attempts: 2 });
        const after = await setIds();
        expect(after).toHaveLength(before.length + 1);
        expect(after).toContain(done.setId);
      } finally {
        await boss.stop({ graceful: true, wait: true });
      }
    },
    180_000,
  );

  it.skipIf(variant.skip)(
    'a job delivered again after its set was written is not analysed again',
    async () => {
      const before = await setIds();
      const jobId = await t.upload();
      let analyses = 0;
      const deps = {
        db: t.server.database.db,
        uploadsDir: t.server.settings.uploadsDir,
        analyse: (file: string) => {
          analyses++;
          return analyse(file);
        },
      };
      // The first delivery writes the set; its worker then dies before pg-boss hears of it, so pg-boss
      // delivers the job again once it expires.
      expect(await runAnalysisJob(deps, jobId)).toBe('done');
      expect(await runAnalysisJob(deps, jobId)).toBe('skipped');
      expect(analyses).toBe(1);
      expect(await job(jobId)).toMatchObject({ state: 'done', attempts: 1 });
      expect(await setIds()).toHaveLength(before.length + 1);
    },
    60_000,
  );
});
