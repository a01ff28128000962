/**
 * npm run bench:server -- [--videos N] [--real-model]: loopback only, bounded. Needs DATABASE_URL (workers are
 * separate processes). Uploads N clips at once to `spotter serve` code (no in-process worker), then runs the
 * batch with 1 and with 2 `spotter worker` processes (one pose thread each), and once more with 2 workers of
 * which one is SIGKILLed mid-job. Reports jobs/minute, p95 API latency (uploads, job polls), lost and duplicate
 * sets, against the single-process analysis of the same clips in a row. The fake pose model is the default (it
 * measures the server, queue and decode; --real-model uses BlazePose). Figures: docs/performance.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMediaDir, testPatternArgs } from '../src/adapters/node/video/test-support/make-media.js';
import { analyseVideoFile } from '../src/server/jobs/analyse-video-file.js';
import { startServer } from '../src/server/runtime.js';

const args = process.argv.slice(2);
const videos = Number(args[args.indexOf('--videos') + 1]) || 12;
const realModel = args.includes('--real-model');
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'bench:server needs DATABASE_URL (a PostgreSQL shared by the server and the worker processes).',
  );
  process.exit(2);
}
const FAKE = new URL('../src/adapters/node/pose-pool/test-support/fake-estimator.ts', import.meta.url).href;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  SPOTTER_JOB_SCHEMA: `bench_${process.pid}`,
  SPOTTER_JOB_EXPIRE_S: '20',
  SPOTTER_JOB_SUPERVISE_S: '2',
  SPOTTER_JOB_RETRY_DELAY_S: '0',
  SPOTTER_JOB_POLL_S: '0.5',
  ...(realModel ? {} : { SPOTTER_ESTIMATOR_MODULE: FAKE }),
};
Object.assign(process.env, env);

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * (xs.length - 1))] ?? NaN;
const media = createMediaDir();
const clipPath = media.make('set.mp4', testPatternArgs({ size: '640x360', fps: 30, seconds: 9 }));
const clip = readFileSync(clipPath);
const dataDir = mkdtempSync(path.join(tmpdir(), 'spotter-bench-server-'));
const server = await startServer({
  dataDir,
  databaseUrl,
  env,
  port: 0,
  host: '127.0.0.1',
  version: 'bench',
  inProcessWorker: false,
  poseThreads: 1,
});
const api = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
  const t = performance.now();
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      ...(body !== undefined && !(body instanceof Buffer) && { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body !== undefined && { body: body instanceof Buffer ? body : JSON.stringify(body) }),
  });
  return {
    status: res.status,
    json: (await res.json()) as Record<string, unknown>,
    ms: performance.now() - t,
  };
};

const email = `bench-${process.pid}-${Date.now()}@example.com`;
await api('POST', '/api/signup', { email, password: 'bench password', role: 'trainer' });
const token = (await api('POST', '/api/login', { email, password: 'bench password' })).json.token as string;
const auth = { authorization: `Bearer ${token}` };

/** Worker processes, resolved once each says it is waiting (process start-up is not part of the batch time). */
async function startWorkers(count: number): Promise<ChildProcess[]> {
  const workers = Array.from({ length: count }, () =>
    spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--data', dataDir], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.stdout?.on('data', (chunk: Buffer) => {
            if (chunk.toString().includes('waiting for videos')) resolve();
          });
          w.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
        }),
    ),
  );
  return workers;
}

async function batch(workerCount: number, killOne: boolean) {
  const clientId = (await api('POST', '/api/clients', { name: `batch ${workerCount}` }, auth)).json
    .id as string;
  const workers = await startWorkers(workerCount);
  const start = performance.now();
  const uploads = await Promise.all(
    Array.from({ length: videos }, () =>
      api('POST', `/api/clients/${clientId}/videos`, clip, { ...auth, 'content-type': 'video/mp4' }),
    ),
  );
  const jobIds = uploads.map((u) => u.json.jobId as string);
  const pollMs: number[] = [];
  let killed = false;
  const deadline = Date.now() + 15 * 60_000;
  let states: string[] = [];
  while (Date.now() < deadline) {
    const polls = await Promise.all(jobIds.map((id) => api('GET', `/api/jobs/${id}`, undefined, auth)));
    pollMs.push(...polls.map((p) => p.ms));
    states = polls.map((p) => p.json.state as string);
    if (killOne && !killed && states.includes('running')) {
      workers[0]?.kill('SIGKILL');
      killed = true;
    }
    if (states.every((s) => s === 'done' || s === 'failed')) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const wallS = (performance.now() - start) / 1000;
  for (const w of workers) if (w.exitCode === null) w.kill('SIGTERM');
  const sets = (await api('GET', `/api/clients/${clientId}/sets`, undefined, auth))
    .json as unknown as unknown[];
  return {
    workers: workerCount,
    killedOne: killed,
    jobs: videos,
    done: states.filter((s) => s === 'done').length,
    failed: states.filter((s) => s === 'failed').length,
    sets: sets.length,
    wallS: Number(wallS.toFixed(1)),
    jobsPerMin: Number(((videos / wallS) * 60).toFixed(1)),
    uploadP95Ms: Math.round(p95(uploads.map((u) => u.ms))),
    pollP95Ms: Math.round(p95(pollMs)),
  };
}

const single = performance.now();
for (let i = 0; i < videos; i++) await analyseVideoFile(clipPath, { poseThreads: 1 });
const singleS = (performance.now() - single) / 1000;
const results = [];
results.push(await batch(1, false));
results.push(await batch(2, false));
results.push(await batch(2, true));
console.log(
  JSON.stringify(
    {
      model: realModel ? 'blazepose-full' : 'fake (no model)',
      clip: '640x360, 30 fps, 9 s',
      singleProcessJobsPerMin: Number(((videos / singleS) * 60).toFixed(1)),
      batches: results,
      speedupTwoWorkers: Number((results[1]!.jobsPerMin / results[0]!.jobsPerMin).toFixed(2)),
    },
    null,
    2,
  ),
);
await server.close();
media.remove();
rmSync(dataDir, { recursive: true, force: true });
