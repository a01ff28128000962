/**
 * Live mode on real lifters (`npm run eval:live-real`): each labelled clip of ../shared/realset (evaluation only,
 * read in place) played once through Chromium's fake camera into the built web app; prints, per clip, the live rep
 * count against the labels, the cues given, the end-of-set summary against `spotter analyze` on the same file,
 * frames analysed per second and frame-to-update latency; then the issue's goals. Skips (exit 0) where the set
 * is absent. `--clips a,b` picks clips (name prefixes); `--json FILE` writes the raw results.
 * `--tracks`: no browser; each clip's cached BlazePose full track (made by `npm run eval:real`, .cache/real) is
 * replayed through the live coach frame by frame: the live count and cues free of this machine's load.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import setup from '../test/e2e/global-setup.js';
import {
  analyzeWithCli,
  clipFile,
  realClips,
  runLiveClip,
  type LiveClipResult,
} from '../test/e2e/live-real-clips.js';
import { startServer } from '../test/e2e/support.js';
import { parseKeypointTrackJson } from '../src/formats/keypoint-track/index.js';
import type { RealClipLabel } from '../src/realset/labels.js';
import { replayLive } from '../src/realset/replay-live.js';

const { values } = parseArgs({
  options: { clips: { type: 'string' }, json: { type: 'string' }, tracks: { type: 'boolean' } },
});

const found = realClips();
if ('missing' in found) {
  console.log(`eval:live-real: ${found.missing}. Skipped.`);
  process.exit(0);
}
const wanted = values.clips?.split(',').filter((c) => c !== '');
const clips = found.clips.filter((c) => wanted === undefined || wanted.some((w) => c.name.startsWith(w)));

const pct = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const same = (a: readonly string[], b: readonly string[]) => a.join(',') === b.join(',');
const inRange = (n: number, r: readonly [number, number]) => n >= r[0] && n <= r[1];

if (values.tracks === true) {
  let sideRight = 0;
  let sideEndRight = 0;
  let side = 0;
  const softCued: string[] = [];
  const lockedCued: string[] = [];
  for (const label of clips) {
    const file = path.join('.cache/real', label.name, 'blazepose-full-15fps.track.json');
    if (!existsSync(file)) {
      console.log(`${label.name}: no cached track (run npm run eval:real first)`);
      continue;
    }
    const replay = replayLive(parseKeypointTrackJson(readFileSync(file, 'utf8')));
    const cueIds = replay.cues.map((c) => c.id);
    if (label.camera === 'side') {
      side++;
      if (inRange(replay.repCountLive, label.repsRange)) sideRight++;
      if (inRange(replay.repCountAtEnd, label.repsRange)) sideEndRight++;
    }
    if (cueIds.includes('soft_knees') && label.topKnee === 'soft') softCued.push(label.name);
    if (cueIds.includes('soft_knees') && label.topKnee === 'locked') lockedCued.push(label.name);
    console.log(
      `${label.name.padEnd(42)} ${label.camera.padEnd(13)} reps ${label.repsRange.join('-').padEnd(5)} live ${replay.repCountLive} at end ${replay.repCountAtEnd}  cues ${cueIds.join(',') || '-'}`,
    );
  }
  console.log('');
  console.log(`live reps right on side views: ${sideRight}/${side} (after End set: ${sideEndRight}/${side})`);
  console.log(`"soft knees" on clips labelled soft: ${softCued.length} ${softCued.join(' ')}`);
  console.log(`"soft knees" on clips labelled locked: ${lockedCued.length}`);
  process.exit(0);
}

interface Row {
  readonly label: RealClipLabel;
  readonly live: LiveClipResult;
  /** `spotter analyze` on the clip's file, and on the set's recording (the footage the camera saw). */
  readonly cli: { repCount: number; faultIds: string[] };
  readonly cliOnRecording: { repCount: number; faultIds: string[] } | null;
}

setup();
const server = await startServer();
const rows: Row[] = [];
try {
  for (const label of clips) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spotter-eval-live-'));
    let live: LiveClipResult;
    let cliOnRecording: Row['cliOnRecording'] = null;
    try {
      live = await runLiveClip(server.url, label.name, dir);
      if (live.recordingPath !== undefined) cliOnRecording = analyzeWithCli(live.recordingPath, live.model);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const cli = analyzeWithCli(clipFile(label.name), live.model);
    rows.push({ label, live, cli, cliOnRecording });
    const s = live.summary;
    const rec = cliOnRecording;
    console.log(
      [
        label.name.padEnd(42),
        label.camera.padEnd(13),
        `reps ${label.repsRange.join('-')}`.padEnd(9),
        `live ${live.liveRepCount}`.padEnd(7),
        `summary ${s?.repCount ?? '-'} (${s?.from ?? 'none'})`.padEnd(22),
        `cli ${cli.repCount}`.padEnd(6),
        `on-recording ${rec === null ? '-' : `${rec.repCount} ${s !== null && same(s.faultIds, rec.faultIds) ? 'same' : rec.faultIds.join('+') || '-'}`}`.padEnd(
          30,
        ),
        `faults ${s !== null && same(s.faultIds, cli.faultIds) ? 'same' : `${s?.faultIds.join('+') || '-'} vs ${cli.faultIds.join('+') || '-'}`}`.padEnd(
          30,
        ),
        `cues ${live.cues.map((c) => c.id).join(',') || '-'}`,
        `${live.framesPerS.toFixed(1)} fps`,
        `p95 ${pct(live.frameToUpdateMs, 0.95).toFixed(0)} ms`,
      ].join(' '),
    );
  }
} finally {
  await server.close();
}

const side = rows.filter((r) => r.label.camera === 'side');
const locked = rows.filter((r) => r.label.topKnee === 'locked');
const soft = rows.filter((r) => r.label.topKnee === 'soft');
const softCue = (r: Row) => r.live.cues.some((c) => c.id === 'soft_knees');
const equal = rows.filter(
  (r) =>
    r.live.summary !== null &&
    r.live.summary.repCount === r.cli.repCount &&
    same(r.live.summary.faultIds, r.cli.faultIds),
);
const equalOnRecording = rows.filter(
  (r) =>
    r.live.summary !== null &&
    r.cliOnRecording !== null &&
    r.live.summary.repCount === r.cliOnRecording.repCount &&
    same(r.live.summary.faultIds, r.cliOnRecording.faultIds),
);
const allLatency = rows.flatMap((r) => r.live.cues.map((c) => c.latencyMs));
console.log('');
console.log(
  `live reps right on side views: ${side.filter((r) => inRange(r.live.liveRepCount, r.label.repsRange)).length}/${side.length}`,
);
console.log(
  `summary reps right on side views: ${side.filter((r) => r.live.summary !== null && inRange(r.live.summary.repCount, r.label.repsRange)).length}/${side.length}`,
);
console.log(`"soft knees" on clips labelled locked: ${locked.filter(softCue).length}/${locked.length}`);
console.log(`"soft knees" on clips labelled soft: ${soft.filter(softCue).length}/${soft.length}`);
console.log(
  `summary equal to spotter analyze on the set's recording (reps and fault ids): ${equalOnRecording.length}/${rows.length}`,
);
console.log(
  `summary equal to spotter analyze on the original clip (reps and fault ids; the recording re-encodes it): ${equal.length}/${rows.length}`,
);
console.log(
  `frames analysed per second (median over clips): ${pct(
    rows.map((r) => r.live.framesPerS),
    0.5,
  ).toFixed(1)}; cue latency p95 ${pct(allLatency, 0.95).toFixed(0)} ms over ${allLatency.length} cues`,
);
if (values.json !== undefined) writeFileSync(values.json, JSON.stringify(rows, null, 2));
