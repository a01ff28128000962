/**
 * Server-side video analysis end to end (issue 13 item 4), on PGlite and (with DATABASE_URL) PostgreSQL: an
 * uploaded clip goes through pg-boss to a worker that runs the project's video analysis module (with the fake pose
 * model the CLI tests use) and ends as a set with the CLI's report; a damaged video fails with the analyser's message;
 * a job whose worker stops mid-analysis (without a process: this runs on PGlite too) is retried after it expires
 * and makes exactly one set. A killed worker process: jobs/worker-death.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { startQueue } from './jobs/analysis-queue.js';
import { analyseVideoFile, type VideoAnalysisOutcome } from './jobs/analyse-video-file.js';
import { until, useJobTestServer } from './jobs/test-support/job-test-server.js';
import { workAnalysisQueue } from './jobs/work-queue.js';
import { DATABASE_VARIANTS, signedIn, startTestServer } from './test-support/test-server.js';

const FAKE = new URL('../adapters/node/pose-pool/test-support/fake-estimator.ts', import.meta.url).href;

describe.each(DATABASE_VARIANTS)('video analysis jobs on $name', (variant) => {
  const t = useJobTestServer(variant, { expireInSeconds: 8, retryDelayS: 0, maintenanceIntervalS: 1 });
  const upload = (body: Buffer) => t.upload(body);
  const jobState = (jobId: string) => t.job(jobId);
  const settled = (jobId: string) => t.settled(jobId);
  const sets = () => t.sets();

  it.skipIf(variant.skip)(
    'refuses a body that is not a video by content, and one over the size limit',
    async () => {
      const text = await t.server.app.inject({
        method: 'POST',
        url: `/api/clients/${t.clientId}/videos`,
        headers: { ...t.trainer, 'content-type': 'video/mp4' },
        payload: Buffer.from('<html><script>alert(1)</script></html>'),
      });
      expect(text.statusCode).toBe(415);
      const small = await startTestServer(variant, { uploadMaxBytes: 1000 });
      try {
        const h = await signedIn(small.app, 'c@example.com', 'trainer');
        const id = (
          await small.app.inject({ method: 'POST', url: '/api/clients', headers: h, payload: { name: 'x' } })
        ).json().id;
        const big = await small.app.inject({
          method: 'POST',
          url: `/api/clients/${id}/videos`,
          headers: { ...h, 'content-type': 'video/mp4' },
          payload: t.clip,
        });
        expect(big.statusCode).toBe(413);
      } finally {
        await small.close();
      }
    },
    60_000,
  );

  /** A worker as `spotter worker` runs it: its own pg-boss instance on the same database. */
  const startWorker = async (analyse: (file: string) => Promise<VideoAnalysisOutcome>) => {
    const boss = await startQueue(t.server.database, t.server.queue);
    const id = await workAnalysisQueue(
      boss,
      { db: t.server.database.db, uploadsDir: t.server.settings.uploadsDir, analyse },
      t.server.queue,
    );
    return { boss, id };
  };
  const realAnalysis = (file: string) => analyseVideoFile(file, { poseThreads: 1, estimatorModuleUrl: FAKE });

  it.skipIf(variant.skip)(
    'an uploaded clip is analysed by a worker into a set with the CLI report',
    async () => {
      const jobId = await upload(t.clip);
      expect((await jobState(jobId)).state).toBe('queued');
      const worker = await startWorker(realAnalysis);
      try {
        const job = await settled(jobId);
        expect(job).toMatchObject({ state: 'done', attempts: 1 });
        const set = (await sets()).find((s) => s.id === job.setId);
        expect(set?.source).toBe('server');
        expect(set?.report.reps.length).toBeGreaterThanOrEqual(1);
        expect(set?.report.model).toBeDefined();
        // Worded for the web app that shows it: a plan, and no CLI option in what could not be judged.
        const report = set?.report as unknown as { plan?: object; notAssessable: { reason: string }[] };
        expect(report.plan).toBeDefined();
        expect(report.notAssessable.length).toBeGreaterThan(0);
        for (const na of report.notAssessable) expect(na.reason).not.toMatch(/--[a-z]/);

        // Damaged: an MP4 signature, then noise. The analyser's own message reaches the job.
        const broken = await upload(Buffer.concat([t.clip.subarray(0, 4096), Buffer.alloc(2000, 7)]));
        const failed = await settled(broken);
        expect(failed.state).toBe('failed');
        expect(failed.error).toMatch(/damaged|decoded|not a video/i);
        expect(failed.setId).toBeUndefined();
      } finally {
        await worker.boss.stop({ graceful: true, wait: true });
      }
    },
    90_000,
  );

  it.skipIf(variant.skip)(
    'a job whose worker dies mid-analysis is retried and makes exactly one set',
    async () => {
      const before = (await sets()).length;
      const jobId = await upload(t.clip);
      // Worker 1 takes the job and never finishes it, neither completing nor failing it, as when its process is
      // killed mid-analysis; it takes no more work. (jobs/worker-death.test.ts: a real SIGKILL of a worker process.)
      let taken!: () => void;
      const tookJob = new Promise<void>((resolve) => (taken = resolve));
      const dying = await startWorker(() => {
        taken();
        return new Promise(() => undefined);
      });
      await tookJob;
      await dying.boss.offWork({ id: dying.id });
      expect((await jobState(jobId)).state).toBe('running');
      // Worker 2 gets it once it expires.
      const worker = await startWorker(realAnalysis);
      try {
        const job = await settled(jobId);
        expect(job).toMatchObject({ state: 'done', attempts: 2 });
        const after = await sets();
        expect(after.length).toBe(before + 1);
        expect(after.filter((s) => s.id === job.setId)).toHaveLength(1);
      } finally {
        await worker.boss.stop({ graceful: true, wait: true });
        await dying.boss.stop({ graceful: false, wait: false });
      }
    },
    90_000,
  );

  it.skipIf(variant.skip)(
    'a job lost with its worker on the last attempt answers failed with a clear error',
    async () => {
      const last = await startTestServer(
        variant,
        {},
        { expireInSeconds: 2, retryLimit: 0, maintenanceIntervalS: 1 },
      );
      try {
        const h = await signedIn(last.app, 'last@example.com', 'trainer');
        const id = (
          await last.app.inject({ method: 'POST', url: '/api/clients', headers: h, payload: { name: 'L' } })
        ).json().id;
        const jobId = (
          await last.app.inject({
            method: 'POST',
            url: `/api/clients/${id}/videos`,
            headers: { ...h, 'content-type': 'video/mp4' },
            payload: t.clip,
          })
        ).json().jobId as string;
        const boss = await startQueue(last.database, last.queue);
        const worker = await workAnalysisQueue(
          boss,
          {
            db: last.database.db,
            uploadsDir: last.settings.uploadsDir,
            analyse: () => new Promise(() => undefined),
          },
          last.queue,
        );
        const job = await until('the lost job to fail', async () => {
          const res = (
            await last.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: h })
          ).json();
          return res.state === 'failed' ? res : undefined;
        });
        expect(job.error).toMatch(/did not finish/);
        expect(job.setId).toBeUndefined();
        await boss.offWork({ id: worker });
        await boss.stop({ graceful: false, wait: false });
      } finally {
        await last.close();
      }
    },
    60_000,
  );
});
