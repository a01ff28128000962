/**
 * Web benchmark (`npm run bench:web`): in headless Chromium on this machine,
 * 1. pose inferences per second in the app's worker (default live model, MoveNet Lightning; wasm SIMD, and
 *    webgl for comparison), on real frames of the demo clip;
 * 2. live mode end to end (camera frame in, pose, live coach, screen state) with the live model (the recorded-video
 *    default, BlazePose full) and, for comparison, MoveNet Lightning: frames analysed per second, frame-to-update
 *    and frame-to-cue latency, the camera faked with the rendered faulty clip (y4m, 30 fps), one 20 s pass.
 * Writes the "Web" section of docs/performance.md (the rest of that file belongs to others).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clipY4m } from '../test/e2e/clips.js';
import { openBrowser, REPO, startServer } from '../test/e2e/support.js';
import setup from '../test/e2e/global-setup.js';

interface PoseBenchResult {
  model: string;
  backend: string;
  threads: number;
  crossOriginIsolated: boolean;
  frames: number;
  inferencesPerS: number;
  meanInferMs: number;
}
interface LiveStats {
  frames: number;
  repCount: number;
  model: string;
  lastFrameS: number;
  inferMs: number[];
  frameToUpdateMs: number[];
  cues: { id: string; atS: number; latencyMs: number }[];
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const pct = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');

async function benchInference(url: string): Promise<PoseBenchResult[]> {
  const b = await openBrowser();
  try {
    await b.page.goto(`${url}?bench`);
    await b.page.waitForFunction(() => '__spotterBench' in globalThis, null, { timeout: 60_000 });
    const results: PoseBenchResult[] = [];
    for (const [model, backend] of [
      ['movenet-lightning', 'wasm'],
      ['movenet-lightning', 'webgl'],
      ['movenet-thunder', 'wasm'],
      ['blazepose-full', 'wasm'],
    ] as const) {
      try {
        results.push(
          await b.page.evaluate(
            ([m, be]) =>
              (
                globalThis as unknown as {
                  __spotterBench: (m: string, b: string, n: number) => Promise<PoseBenchResult>;
                }
              ).__spotterBench(m, be, 100),
            [model, backend] as const,
          ),
        );
      } catch (err) {
        console.warn(`bench-web: ${model}/${backend} failed: ${String(err).split('\n')[0]}`);
      }
    }
    return results;
  } finally {
    await b.close();
  }
}

async function benchLive(url: string, liveModel?: string): Promise<LiveStats> {
  const b = await openBrowser([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${clipY4m('faulty', 30)}`,
  ]);
  try {
    await b.page.goto(`${url}${liveModel === undefined ? '' : `?liveModel=${liveModel}`}#/live`);
    await b.page.getByRole('button', { name: /Start camera/ }).click();
    await b.page.waitForFunction(
      () => ((globalThis as { __spotterLive?: { frames: number } }).__spotterLive?.frames ?? 0) > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    await b.page.waitForTimeout(21_000); // one pass of the 20 s clip
    return (await b.page.evaluate(
      () => (globalThis as unknown as { __spotterLive: LiveStats }).__spotterLive,
    ))!;
  } finally {
    await b.close();
  }
}

function writeSection(md: string): void {
  const file = path.join(REPO, 'docs/performance.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const start = text.search(/^## Web\b.*$/m);
  let out: string;
  if (start < 0) out = `${text.trimEnd()}\n\n${md}`;
  else {
    const rest = text.slice(start + 1);
    const next = rest.search(/^## /m);
    out = text.slice(0, start) + md + (next < 0 ? '' : `\n${rest.slice(next)}`);
  }
  writeFileSync(file, out.endsWith('\n') ? out : `${out}\n`);
}

async function main() {
  setup();
  const server = await startServer();
  try {
    const inference = await benchInference(server.url);
    const lives = [await benchLive(server.url), await benchLive(server.url, 'movenet-lightning')];
    const lines = [
      '## Web',
      '',
      `Measured by \`npm run bench:web\` (scripts/bench-web.ts) on ${new Date().toISOString().slice(0, 10)}: headless Debian Chromium, ` +
        `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'cpu'}), shared with other work (load average ${os.loadavg()[0]!.toFixed(1)}), ` +
        '`--disable-gpu` (webgl is software-rendered here).',
      '',
      '### Pose inferences per second in the app worker (real frames of the demo clip, 480 px, one at a time)',
      '',
      '| model | backend | threads | inferences/s | mean inference ms |',
      '| --- | --- | --- | --- | --- |',
      ...inference.map(
        (r) =>
          `| ${r.model} | ${r.backend} | ${r.threads} | ${f1(r.inferencesPerS)} | ${f1(r.meanInferMs)} |`,
      ),
      '',
      '### Live mode end to end, fake camera (faulty clip, 30 fps y4m, one 20 s pass)',
      '',
      'Camera frame in -> pose (worker) -> live coach -> screen state; one frame in the worker at a time, the next grabbed as it answers (frames the camera shows meanwhile are dropped). Cue latency: camera capture of the frame that triggers a cue -> cue handed to speech (speech synthesis adds its own start-up).',
      '',
      '| live model | frames analysed/s | frame-to-update mean / p95 ms | cues | cue latency p95 / max ms | mean inference ms | reps counted live |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...lives.map((live) => {
        const cueLat = live.cues.map((c) => c.latencyMs);
        return `| ${live.model} | ${f1(live.lastFrameS > 0 ? live.frames / live.lastFrameS : NaN)} | ${f1(mean(live.frameToUpdateMs))} / ${f1(pct(live.frameToUpdateMs, 0.95))} | ${cueLat.length} (${[...new Set(live.cues.map((c) => c.id))].join(', ') || 'none'}) | ${f1(pct(cueLat, 0.95))} / ${f1(cueLat.length > 0 ? Math.max(...cueLat) : NaN)} | ${f1(mean(live.inferMs))} | ${live.repCount} |`;
      }),
      '',
      'wasm threads are off: tfjs-backend-wasm 4.22 pthread workers fail inside the bundled module worker, so the single-threaded SIMD build is used (on 2 cores a second pose thread would compete with the page, the coach and the recorder); `?backend=webgl` or `?backend=auto` (measures both and keeps the faster) can be set in the URL, `?liveModel=` picks the live model.',
      '',
    ];
    const md = lines.join('\n');
    writeSection(md);
    console.log(md);
  } finally {
    await server.close();
  }
}

await main();
