/**
 * The web app on real lifters (`npm run eval:web-real`): each labelled clip of ../shared/realset (evaluation only,
 * read in place, never copied) chosen on the Analyse page of the built app in Chromium, analysed on the device,
 * and its JSON export put beside `spotter analyze` on the same file and beside the hand labels. A lifter who
 * films a set must get the same reps, faults and timings in the browser as from the CLI; prints per clip and the
 * totals, and the two keypoint tracks side by side (frames analysed, their times, keypoint differences).
 * `--clips a,b` picks clips (name prefixes); `--json FILE` writes the raw results; `--save-tracks DIR` writes the page's tracks; `--cli-dir DIR` keeps the
 * CLI's reports and tracks for the next run (the CLI side of a web change does not change). Skips (exit 0) where
 * the set is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { KeypointTrack } from '../src/engine/index.js';
import { parseKeypointTrackJson } from '../src/formats/keypoint-track/index.js';
import setup from '../test/e2e/global-setup.js';
import { clipFile, realClips } from '../test/e2e/live-real-clips.js';
import { openBrowser, REPO, startServer } from '../test/e2e/support.js';

const MODEL = 'blazepose-full';

interface ReportRep {
  readonly startS: number;
  readonly bottomS: number;
  readonly endS: number;
  readonly eccentricS: number | null;
}
interface Report {
  readonly reps: readonly ReportRep[];
  readonly faults: readonly { readonly id: string }[];
}

const { values } = parseArgs({
  options: {
    clips: { type: 'string' },
    json: { type: 'string' },
    'cli-dir': { type: 'string' },
    'save-tracks': { type: 'string' },
  },
});
const found = realClips();
if ('missing' in found) {
  console.log(`eval:web-real: ${found.missing}. Skipped.`);
  process.exit(0);
}
const wanted = values.clips?.split(',').filter((c) => c !== '');
const clips = found.clips.filter((c) => wanted === undefined || wanted.some((w) => c.name.startsWith(w)));

/**
 * `spotter analyze <clip> --json --save-track` with the built CLI, kept in `cliDir` so a second run (another web
 * build) compares against the same CLI analysis without redoing it.
 */
function cliAnalysis(name: string, cliDir: string): { report: Report; track: Track } {
  const out = path.join(cliDir, `${name}.report.json`);
  const trackFile = path.join(cliDir, `${name}.track.json`);
  if (!existsSync(out) || !existsSync(trackFile)) {
    try {
      execFileSync(
        process.execPath,
        [
          path.join(REPO, 'bin/spotter.js'),
          'analyze',
          clipFile(name),
          '--model',
          MODEL,
          '--json',
          out,
          '--save-track',
          trackFile,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    } catch (err) {
      // "No person" or "not judged" exit codes still write the report when one was made.
      if (!existsSync(out)) throw err;
    }
  }
  return {
    report: JSON.parse(readFileSync(out, 'utf8')) as Report,
    track: parseKeypointTrackJson(readFileSync(trackFile, 'utf8')),
  };
}

type Track = Pick<KeypointTrack, 'imageWidthPx' | 'frames'>;
/** Keypoints both models are sure of: the others are noise on either side. */
const SURE_SCORE = 0.5;

/**
 * The frames both tracks analysed (same time within 5 ms): how many of each track's frames match, the mean
 * time offset of the web frames from the nearest CLI frame, and the mean keypoint distance on matched frames
 * (keypoints both are sure of, in % of the picture width: pose differences from scaling or the model backend, not from frame choice).
 */
function compareTracks(web: Track, cli: Track) {
  const cliTimes = cli.frames.map((f) => f.tS);
  let matched = 0;
  let offsetSum = 0;
  let distSum = 0;
  let distN = 0;
  for (const f of web.frames) {
    let best = 0;
    for (let i = 1; i < cliTimes.length; i++)
      if (Math.abs(cliTimes[i]! - f.tS) < Math.abs(cliTimes[best]! - f.tS)) best = i;
    const offset = Math.abs((cliTimes[best] ?? Infinity) - f.tS);
    offsetSum += offset;
    if (offset > 0.005) continue;
    matched++;
    const other = cli.frames[best]!.keypoints;
    f.keypoints.forEach((k, j) => {
      const o = other[j];
      if (k === null || o === null || o === undefined) return;
      if ((k.score ?? 1) < SURE_SCORE || (o.score ?? 1) < SURE_SCORE) return;
      distSum += Math.hypot(
        k.x / web.imageWidthPx - o.x / cli.imageWidthPx,
        k.y / web.imageWidthPx - o.y / cli.imageWidthPx,
      );
      distN++;
    });
  }
  return {
    webFrames: web.frames.length,
    cliFrames: cli.frames.length,
    matchedFrames: matched,
    meanOffsetMs: web.frames.length === 0 ? null : (offsetSum / web.frames.length) * 1000,
    meanKeypointDiffPct: distN === 0 ? null : (distSum / distN) * 100,
  };
}

const faultIds = (r: Report) => [...new Set(r.faults.map((f) => f.id))].sort();
/** Mean |difference| of a rep time between the two reports' reps matched by bottom time (within 1 s). */
function meanRepTimeDiffS(a: Report, b: Report, field: keyof ReportRep): number | null {
  const diffs: number[] = [];
  for (const ra of a.reps) {
    const rb = b.reps.find((r) => Math.abs(r.bottomS - ra.bottomS) < 1);
    const va = ra[field];
    const vb = rb?.[field];
    if (typeof va === 'number' && typeof vb === 'number') diffs.push(Math.abs(va - vb));
  }
  return diffs.length === 0 ? null : diffs.reduce((s, d) => s + d, 0) / diffs.length;
}

await setup();
const server = await startServer();
const dir = mkdtempSync(path.join(os.tmpdir(), 'spotter-web-real-'));
const cliDir = values['cli-dir'] ?? path.join(dir, 'cli');
mkdirSync(cliDir, { recursive: true });
const rows: Record<string, unknown>[] = [];
try {
  for (const label of clips) {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      const started = Date.now();
      await page.goto(server.url);
      await page.getByTestId('demo-note').waitFor({ timeout: 60_000 });
      await page.getByTestId('file-input').setInputFiles(clipFile(label.name));
      const outcome = await Promise.race([
        page
          .getByTestId('demo-note')
          .waitFor({ state: 'detached', timeout: 900_000 })
          .then(() => 'ok' as const),
        page
          .getByRole('alert')
          .first()
          .waitFor({ timeout: 900_000 })
          .then(async () => `error: ${(await page.getByRole('alert').first().textContent()) ?? ''}`),
      ]);
      const seconds = (Date.now() - started) / 1000;
      const { report: cli, track: cliTrack } = cliAnalysis(label.name, cliDir);
      let web: Report | null = null;
      if (outcome === 'ok') {
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: /JSON/ }).click();
        const file = path.join(dir, `${label.name}.web.json`);
        await (await download).saveAs(file);
        web = JSON.parse(readFileSync(file, 'utf8')) as Report;
      }
      // The track the page analysed (kept by web/src/video/video-to-track.ts for tests like this one).
      const webTrack = await page.evaluate(
        () => (globalThis as unknown as { __spotterVideoTrack?: Track }).__spotterVideoTrack ?? null,
      );
      const tracks = webTrack === null ? null : compareTracks(webTrack, cliTrack);
      if (webTrack !== null && values['save-tracks'] !== undefined) {
        mkdirSync(values['save-tracks'], { recursive: true });
        writeFileSync(path.join(values['save-tracks'], `${label.name}.web.json`), JSON.stringify(webTrack));
      }
      const row = {
        name: label.name,
        camera: label.camera,
        repsRange: label.repsRange,
        cliReps: cli.reps.length,
        webReps: web?.reps.length ?? null,
        cliFaults: faultIds(cli),
        webFaults: web === null ? null : faultIds(web),
        bottomDiffS: web === null ? null : meanRepTimeDiffS(web, cli, 'bottomS'),
        eccentricDiffS: web === null ? null : meanRepTimeDiffS(web, cli, 'eccentricS'),
        tracks,
        outcome,
        seconds,
      };
      rows.push(row);
      const f = (x: number | null) => (x === null ? '-' : x.toFixed(3));
      console.log(
        `${label.name.padEnd(44)} reps web ${String(row.webReps ?? '-').padStart(2)} cli ${String(row.cliReps).padStart(2)} label ${label.repsRange.join('-')}` +
          `  faults ${row.webFaults?.join(',') === row.cliFaults.join(',') ? 'same' : `web [${row.webFaults?.join(',') ?? '-'}] cli [${row.cliFaults.join(',')}]`}` +
          `  |dBottom| ${f(row.bottomDiffS)} s |dDescent| ${f(row.eccentricDiffS)} s` +
          (tracks === null
            ? ''
            : `  frames web ${tracks.webFrames} cli ${tracks.cliFrames} same ${tracks.matchedFrames} offset ${f(tracks.meanOffsetMs)} ms kp ${f(tracks.meanKeypointDiffPct)} %`) +
          `  ${seconds.toFixed(0)} s${outcome === 'ok' ? '' : `  ${outcome}`}`,
      );
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const inRange = (n: number | null, r: readonly number[]) => n !== null && n >= r[0]! && n <= r[1]!;
const n = rows.length;
const count = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).length;
const sameReps = count((r) => r['webReps'] === r['cliReps']);
const sameFaults = count(
  (r) =>
    r['webFaults'] !== null &&
    (r['webFaults'] as string[]).join(',') === (r['cliFaults'] as string[]).join(','),
);
const webRight = count((r) => inRange(r['webReps'] as number | null, r['repsRange'] as number[]));
const cliRight = count((r) => inRange(r['cliReps'] as number, r['repsRange'] as number[]));
const side = rows.filter((r) => r['camera'] === 'side');
const sideWeb = side.filter((r) => inRange(r['webReps'] as number | null, r['repsRange'] as number[])).length;
const sideCli = side.filter((r) => inRange(r['cliReps'] as number, r['repsRange'] as number[])).length;
console.log(
  `\nweb = CLI: rep count ${sameReps}/${n}, fault ids ${sameFaults}/${n}; reps right (labels): web ${webRight}/${n}, CLI ${cliRight}/${n}; side views: web ${sideWeb}/${side.length}, CLI ${sideCli}/${side.length}`,
);
if (values.json !== undefined) writeFileSync(values.json, JSON.stringify(rows, null, 2));
