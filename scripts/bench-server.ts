/**
 * npm run bench:server -- [--real-model] [--videos N] [--rounds R] [--no-single] [--no-kill | --kill]:
 * loopback only, bounded. Needs DATABASE_URL (workers are separate processes). Uploads N clips at once (the
 * bundled fixtures/render clips, in turn) to `spotter serve` code with no in-process worker, then runs the batch
 * with 1 and with 2 `spotter worker` processes (one pose thread each; R rounds of both, the median ratio), and
 * once more with 2 workers of which one is SIGKILLed mid-job (by default with the fake model only: with the real
 * one the killed job waits 900 s for its expiry). Reports jobs/minute, CPU seconds per job, p95 API latency, lost
 * and duplicate sets, against the single-process analysis of the same clips in a row. The fake pose model is the
 * default (it measures the server, queue and decode); --real-model uses the default model (BlazePose full).
 *
 * npm run bench:server -- --startup [--runs R]: how long `spotter serve` on the embedded database (PGlite) takes
 * from the command to its first answer on /api/health: the first start on a machine (empty cache), a fresh data
 * folder, and an existing one. Runs the built CLI (bin/spotter.js: `npm run build` first) as `npx spotter serve`
 * does. Figures: docs/performance.md.
 *
 * Both end with one line starting `bench:server summary:` (the figure to compare, with the load average).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { analyseVideoFile } from '../src/server/jobs/analyse-video-file.js';
import { startServer } from '../src/server/runtime.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const numberArg = (name: string) => Number(args[args.indexOf(name) + 1]) || undefined;
const ROOT = path.resolve(import.meta.dirname, '..');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * (xs.length - 1))] ?? NaN;
const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

/** CPU seconds of a live process and its reaped children (ffmpeg), from /proc; NaN where unavailable. */
function processCpuS(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime, stime, cutime, cstime are fields 14-17 of stat, 12-15 after "pid (comm) "; 100 ticks a second.
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
  } catch {
    return NaN;
  }
}

/** CPU seconds the whole machine has been busy (every core, every process) since boot, from /proc/stat. */
function machineBusyS(): number {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/) ?? [];
    // user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
    return ticks.slice(0, 8).reduce((sum, t, i) => (i === 3 || i === 4 ? sum : sum + Number(t)), 0) / 100;
  } catch {
    return NaN;
  }
}

/** Resolves with the first match of `pattern` on the child's stdout; rejects if it exits first. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`process exited with ${code}: ${out}`)));
  });
}

// ---------------------------------------------------------------------------------------------------- startup

async function timeStart(dataDir: string, cacheDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, SPOTTER_CACHE_DIR: cacheDir, SPOTTER_DEBUG: '1' };
  delete env.DATABASE_URL;
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/spotter.js'), 'serve', '--port', '0', '--data', dataDir],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let steps = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    steps += /start-up: (.*)/.exec(chunk.toString())?.[1] ?? '';
  });
  const [, url] = await waitForLine(child, /listening on (http:\/\/\S+)/);
  const health = await fetch(`${url}/api/health`);
  const ms = performance.now() - t0;
  if (health.status !== 200) throw new Error(`/api/health answered ${health.status}`);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return { ms, steps };
}

async function benchStartup(runs: number) {
  const built = path.join(ROOT, 'dist/server/runtime.js');
  if (!existsSync(built))
    throw new Error('bench:server --startup runs the built CLI: run `npm run build` first.');
  if (statSync(built).mtimeMs < statSync(path.join(ROOT, 'src/server/runtime.ts')).mtimeMs) {
    console.warn(
      'bench:server: dist/ is older than src/server/runtime.ts; run `npm run build` for current figures.',
    );
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'spotter-bench-start-'));
  const cacheDir = path.join(scratch, 'cache');
  const loadBefore = load();
  try {
    const first = await timeStart(path.join(scratch, 'first'), cacheDir);
    const fresh = [];
    for (let i = 0; i < runs; i++) fresh.push(await timeStart(path.join(scratch, `fresh-${i}`), cacheDir));
    const existing = [];
    for (let i = 0; i < runs; i++) existing.push(await timeStart(path.join(scratch, 'fresh-0'), cacheDir));
    const result = {
      what: 'spotter serve (embedded PGlite): command to first 200 on /api/health, seconds',
      firstOnMachineS: seconds(first.ms),
      freshDataDirS: fresh.map((r) => seconds(r.ms)),
      existingDataDirS: existing.map((r) => seconds(r.ms)),
      steps: { first: first.steps, fresh: fresh.map((r) => r.steps), existing: existing.map((r) => r.steps) },
      loadAverageBefore: loadBefore,
      loadAverageAfter: load(),
    };
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `bench:server summary: embedded start (median of ${runs}) fresh data dir ${seconds(median(fresh.map((r) => r.ms)))} s, existing ${seconds(median(existing.map((r) => r.ms)))} s, first on this machine ${seconds(first.ms)} s (goal < 5 s); load average ${loadBefore} -> ${load()}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------------ batch

async function benchBatch(databaseUrl: string) {
  const realModel = flag('--real-model');
  const videos = numberArg('--videos') ?? (realModel ? 4 : 12);
  const pollMsEvery = realModel ? 1000 : 250;
  const FAKE = new URL('../src/adapters/node/pose-pool/test-support/fake-estimator.ts', import.meta.url).href;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SPOTTER_JOB_SCHEMA: `bench_${process.pid}`,
    // Longer than the slowest real-model job on a loaded machine (a job that expires is retried, then fails).
    SPOTTER_JOB_EXPIRE_S: realModel ? '900' : '20',
    SPOTTER_JOB_SUPERVISE_S: '2',
    SPOTTER_JOB_RETRY_DELAY_S: '0',
    SPOTTER_JOB_POLL_S: '0.5',
    ...(realModel ? {} : { SPOTTER_ESTIMATOR_MODULE: FAKE }),
  };
  Object.assign(process.env, env);

  const clipPaths = ['fixtures/render/clean.mp4', 'fixtures/render/faulty.mp4'].map((p) =>
    path.join(ROOT, p),
  );
  const clipOf = (i: number) => clipPaths[i % clipPaths.length] as string;
  const clips = clipPaths.map((p) => readFileSync(p));
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
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    await Promise.all(workers.map((w) => waitForLine(w, /waiting for videos/)));
    return workers;
  }

  async function batch(workerCount: number, killOne: boolean) {
    const clientId = (await api('POST', '/api/clients', { name: `batch ${workerCount}` }, auth)).json
      .id as string;
    const workers = await startWorkers(workerCount);
    const cpuBefore = workers.map((w) => processCpuS(w.pid));
    const busyBefore = machineBusyS();
    const benchCpuBefore = process.cpuUsage();
    const loadBefore = load();
    const start = performance.now();
    const uploads = await Promise.all(
      Array.from({ length: videos }, (_, i) =>
        api('POST', `/api/clients/${clientId}/videos`, clips[i % clips.length], {
          ...auth,
          'content-type': 'video/mp4',
        }),
      ),
    );
    const jobIds = uploads.map((u) => u.json.jobId as string);
    const pollMs: number[] = [];
    let killed = false;
    const deadline = Date.now() + (realModel ? 40 : 15) * 60_000;
    const states: string[] = jobIds.map(() => 'queued');
    const finished = (s: string | undefined) => s === 'done' || s === 'failed';
    while (Date.now() < deadline) {
      // Only the unfinished jobs: polling costs the server CPU that the workers share.
      const open = jobIds.flatMap((id, i) => (finished(states[i]) ? [] : [{ id, i }]));
      const polls = await Promise.all(open.map(({ id }) => api('GET', `/api/jobs/${id}`, undefined, auth)));
      pollMs.push(...polls.map((p) => p.ms));
      for (const [k, { i }] of open.entries()) states[i] = polls[k]?.json.state as string;
      if (killOne && !killed && states.includes('running')) {
        workers[0]?.kill('SIGKILL');
        killed = true;
      }
      if (states.every(finished)) break;
      await new Promise((r) => setTimeout(r, pollMsEvery));
    }
    const wallS = (performance.now() - start) / 1000;
    const cpuS = workers.reduce((sum, w, i) => sum + processCpuS(w.pid) - (cpuBefore[i] ?? 0), 0);
    const benchCpu = process.cpuUsage(benchCpuBefore);
    // Everything but the workers: this process (the server and the polls), PostgreSQL, and anything else running.
    const otherCpuS = machineBusyS() - busyBefore - cpuS;
    const loadAfter = load();
    // The batch is over: nothing is left to finish, and the job schema is dropped at the end.
    await Promise.all(
      workers.map((w) =>
        w.exitCode !== null || w.signalCode !== null
          ? undefined
          : new Promise((resolve) => {
              w.once('exit', resolve);
              w.kill('SIGKILL');
            }),
      ),
    );
    const sets = (await api('GET', `/api/clients/${clientId}/sets`, undefined, auth)).json as unknown as {
      report: { timings?: { totalMs: number; modelLoadMs: number } };
    }[];
    const timings = sets.flatMap((s) => (s.report.timings ? [s.report.timings] : []));
    const done = states.filter((s) => s === 'done').length;
    return {
      workers: workerCount,
      killedOne: killed,
      jobs: videos,
      done,
      failed: states.filter((s) => s === 'failed').length,
      lost: videos - done - states.filter((s) => s === 'failed').length,
      duplicateSets: sets.length - done,
      wallS: Number(wallS.toFixed(1)),
      jobsPerMin: Number(((videos / wallS) * 60).toFixed(2)),
      // Killed run: the killed worker's CPU is lost with it, so this is not comparable.
      workerCpuSPerJob: killed ? null : Number((cpuS / videos).toFixed(1)),
      serverCpuS: Number(((benchCpu.user + benchCpu.system) / 1e6).toFixed(1)),
      otherCpuS: Number(otherCpuS.toFixed(1)),
      meanJobS: Number((timings.reduce((a, t) => a + t.totalMs, 0) / timings.length / 1000).toFixed(1)),
      meanModelLoadS: Number(
        (timings.reduce((a, t) => a + t.modelLoadMs, 0) / timings.length / 1000).toFixed(2),
      ),
      uploadP95Ms: Math.round(p95(uploads.map((u) => u.ms))),
      pollP95Ms: Math.round(p95(pollMs)),
      loadAverage: `${loadBefore} -> ${loadAfter}`,
    };
  }

  let singleJobsPerMin: number | undefined;
  if (!flag('--no-single')) {
    const single = performance.now();
    for (let i = 0; i < videos; i++)
      await analyseVideoFile(clipOf(i), { poseThreads: 1, estimatorModuleUrl: env.SPOTTER_ESTIMATOR_MODULE });
    singleJobsPerMin = Number(((videos / ((performance.now() - single) / 1000)) * 60).toFixed(2));
  }
  // Rounds of 1 then 2 workers back to back: on a shared machine the load drifts, so each ratio compares runs
  // close in time, and the summary gives the median ratio.
  const rounds = Array.from({ length: numberArg('--rounds') ?? 1 }, () => 0);
  const pairs: { one: Awaited<ReturnType<typeof batch>>; two: Awaited<ReturnType<typeof batch>> }[] = [];
  for (const _ of rounds) pairs.push({ one: await batch(1, false), two: await batch(2, false) });
  // With the real model the killed job waits for its expiry (900 s): only on request.
  const killed = flag('--no-kill') || (realModel && !flag('--kill')) ? undefined : await batch(2, true);
  const ratios = pairs.map((p) => p.two.jobsPerMin / p.one.jobsPerMin);
  // The most two workers could do against one on two cores with nothing else running (no server, database,
  // waits or uneven ends): two cores' worth of jobs at the CPU a job costs when both work, against one worker's
  // wall time per job. One worker's job costs more CPU than its wall time (its decoder and the runtime's helper
  // threads use the idle second core); two workers pay that CPU in full.
  const cpuBounds = pairs.map((p) => (2 * (p.one.wallS / p.one.jobs)) / (p.two.workerCpuSPerJob ?? NaN));
  const all = [...pairs.flatMap((p) => [p.one, p.two]), ...(killed ? [killed] : [])];
  const invalid = pairs.some((p) => p.one.done !== videos || p.two.done !== videos)
    ? ' INVALID (not every job was done: see failed)'
    : '';
  const model = realModel ? 'blazepose-full' : 'fake (no model)';
  const list = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
  console.log(
    JSON.stringify(
      {
        model,
        clips: 'fixtures/render clean.mp4 and faulty.mp4 in turn (640x360, 30 fps, ~20 s)',
        singleProcessJobsPerMin: singleJobsPerMin ?? null,
        batches: all,
        speedupTwoWorkers: ratios.map((r) => Number(r.toFixed(2))),
        cpuBoundSpeedup: cpuBounds.map((r) => Number(r.toFixed(2))),
      },
      null,
      2,
    ),
  );
  console.log(
    `bench:server summary: ${model}, ${videos} videos, ${pairs.length} round(s): 1 worker ${list(pairs.map((p) => p.one.jobsPerMin))} jobs/min, 2 workers ${list(pairs.map((p) => p.two.jobsPerMin))} jobs/min, ratio median ${median(ratios).toFixed(2)} [${list(ratios)}] (goal >= 1.8)${invalid}; ceiling on 2 cores ${list(cpuBounds)}; lost ${all.reduce((a, b) => a + b.lost, 0)}, duplicate sets ${all.reduce((a, b) => a + b.duplicateSets, 0)}${killed ? `, killed-worker run ${killed.done}/${videos} done` : ''}; load average ${all[0]?.loadAverage.split(' -> ')[0]} -> ${load()}`,
  );
  await server.database.executeSql(`drop schema if exists "${env.SPOTTER_JOB_SCHEMA}" cascade`);
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

if (flag('--startup')) {
  await benchStartup(numberArg('--runs') ?? 3);
} else {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      'bench:server needs DATABASE_URL (a PostgreSQL shared by the server and the worker processes).',
    );
    process.exit(2);
  }
  await benchBatch(databaseUrl);
}
