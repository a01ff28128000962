/** The rendered leg press clips (fixtures/render) and their ground truth; y4m made on demand for the fake camera. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from './support.js';

export type ClipName = 'clean' | 'faulty';

export function clipPath(name: ClipName): string {
  return path.join(REPO, 'fixtures/render', `${name}.mp4`);
}

export interface ClipTruth {
  readonly reps: readonly {
    index: number;
    startS: number;
    bottomS: number;
    endS: number;
    faults: readonly string[];
  }[];
}

export function clipTruth(name: ClipName): ClipTruth {
  return JSON.parse(
    readFileSync(path.join(REPO, 'fixtures/render', `${name}.truth.json`), 'utf8'),
  ) as ClipTruth;
}

/** Chromium's fake camera plays a y4m file in a loop; 15 fps at 320 px wide keeps it small and realistic. */
export function clipY4m(name: ClipName, fps = 15): string {
  const out = path.join(os.tmpdir(), `spotter-${name}-${fps}.y4m`);
  if (!existsSync(out)) {
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-i',
      clipPath(name),
      '-vf',
      `scale=320:180,fps=${fps}`,
      '-pix_fmt',
      'yuv420p',
      '-f',
      'yuv4mpegpipe',
      out,
    ]);
  }
  return out;
}
