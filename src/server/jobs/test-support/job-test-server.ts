/**
 * The video job tests' common ground: a test server with a trainer and one client, a short test-pattern clip,
 * and the API calls those tests make (upload, a job's state, the client's sets), plus a bounded wait.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { createMediaDir, testPatternArgs } from '../../../adapters/node/video/test-support/make-media.js';
import type { QueueSettings } from '../analysis-queue.js';
import {
  signedIn,
  startTestServer,
  type DatabaseVariant,
  type TestServer,
} from '../../test-support/test-server.js';

/** Polls `probe` until it returns a value, or fails after `timeoutMs`. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 90_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface JobState {
  readonly state: string;
  readonly attempts: number;
  readonly setId?: string;
  readonly error?: string;
}

export interface JobTestServer {
  readonly server: TestServer;
  readonly trainer: { authorization: string };
  readonly clientId: string;
  /** A 7 s, 320x180, 15 fps test-pattern MP4 (the fake pose model sees a lifter in it). */
  readonly clip: Buffer;
  upload(body?: Buffer): Promise<string>;
  job(jobId: string): Promise<JobState>;
  /** The job once it is done or failed. */
  settled(jobId: string): Promise<JobState>;
  sets(): Promise<{ id: string; source: string; report: { reps: unknown[]; model?: string } }[]>;
}

/** Registers beforeAll/afterAll for a describe block; the fields are there once beforeAll has run. */
export function useJobTestServer(
  variant: DatabaseVariant & { skip: boolean },
  queue: Partial<QueueSettings>,
): JobTestServer {
  const media = createMediaDir();
  const ctx = {} as { -readonly [K in keyof JobTestServer]: JobTestServer[K] };
  beforeAll(async () => {
    ctx.clip = readFileSync(media.make('set.mp4', testPatternArgs({ size: '320x180', fps: 15, seconds: 7 })));
    if (variant.skip) return;
    ctx.server = await startTestServer(variant, {}, queue);
    ctx.trainer = await signedIn(ctx.server.app, 'coach@example.com', 'trainer');
    ctx.clientId = (
      await ctx.server.app.inject({
        method: 'POST',
        url: '/api/clients',
        headers: ctx.trainer,
        payload: { name: 'Ada' },
      })
    ).json().id;
  }, 120_000); // a loaded machine: ffmpeg, PGlite and a scrypt sign-up
  afterAll(async () => {
    await ctx.server?.close();
    media.remove();
  });
  ctx.upload = async (body = ctx.clip) => {
    const res = await ctx.server.app.inject({
      method: 'POST',
      url: `/api/clients/${ctx.clientId}/videos`,
      headers: { ...ctx.trainer, 'content-type': 'application/octet-stream' },
      payload: body,
    });
    expect(res.statusCode).toBe(202);
    return res.json().jobId as string;
  };
  ctx.job = async (jobId) =>
    (await ctx.server.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: ctx.trainer })).json();
  ctx.settled = (jobId) =>
    until(`job ${jobId}`, async () => {
      const job = await ctx.job(jobId);
      return job.state === 'done' || job.state === 'failed' ? job : undefined;
    });
  ctx.sets = async () =>
    (
      await ctx.server.app.inject({
        method: 'GET',
        url: `/api/clients/${ctx.clientId}/sets`,
        headers: ctx.trainer,
      })
    ).json();
  return ctx;
}
