/**
 * Generates small test media with ffmpeg's built-in sources (testsrc, color, sine) into a temp folder at test
 * time: nothing is downloaded and nothing binary is committed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locateFfmpeg } from '../locate-ffmpeg.js';

export interface MediaDir {
  readonly dir: string;
  /** Runs ffmpeg with `args` writing `name` in the folder; returns its path. */
  make(name: string, args: readonly string[]): string;
  remove(): void;
}

export function createMediaDir(): MediaDir {
  const dir = mkdtempSync(path.join(tmpdir(), 'spotter-media-'));
  const ffmpeg = locateFfmpeg().path;
  return {
    dir,
    make(name, args) {
      const out = path.join(dir, name);
      const run = spawnSync(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', ...args, out], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`ffmpeg could not make ${name}: ${run.stderr}`);
      return out;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A moving test pattern clip, H.264 in MP4. */
export function testPatternArgs(opts: {
  size: string;
  fps: number;
  seconds: number;
  extra?: readonly string[];
}): string[] {
  return [
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=${opts.size}:rate=${opts.fps}`,
    '-t',
    String(opts.seconds),
    ...(opts.extra ?? []),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
  ];
}
