/**
 * Finds an ffmpeg binary: the one shipped inside `@ffmpeg-installer/ffmpeg` first (same version everywhere),
 * then a system `ffmpeg` on PATH. Both are probed by running `-version`, so a broken binary falls through.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { VideoError } from './video-error.js';

export interface FfmpegTool {
  readonly path: string;
  readonly source: 'package' | 'system';
  /** First line of `ffmpeg -version`. */
  readonly version: string;
}

export const MISSING_FFMPEG_MESSAGE =
  'Spotter needs ffmpeg to read videos: run npm install, or install ffmpeg (apt-get install ffmpeg).';

function packagedPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const installer = require('@ffmpeg-installer/ffmpeg') as { path?: unknown };
    return typeof installer.path === 'string' ? installer.path : undefined;
  } catch {
    return undefined; // package absent or no binary for this platform
  }
}

function versionOf(path: string): string | undefined {
  const run = spawnSync(path, ['-hide_banner', '-version'], { encoding: 'utf8', timeout: 10_000 });
  if (run.status !== 0 || typeof run.stdout !== 'string') return undefined;
  return run.stdout.split('\n')[0]?.trim();
}

let cached: FfmpegTool | undefined;

/** Locates ffmpeg once per process. `SPOTTER_FFMPEG` overrides the search (tests, unusual installs). */
export function locateFfmpeg(env: NodeJS.ProcessEnv = process.env): FfmpegTool {
  if (cached !== undefined && env.SPOTTER_FFMPEG === undefined) return cached;
  const candidates: { path: string; source: FfmpegTool['source'] }[] = [];
  if (env.SPOTTER_FFMPEG !== undefined) candidates.push({ path: env.SPOTTER_FFMPEG, source: 'system' });
  else {
    const packaged = packagedPath();
    if (packaged !== undefined) candidates.push({ path: packaged, source: 'package' });
    candidates.push({ path: 'ffmpeg', source: 'system' });
  }
  for (const candidate of candidates) {
    const version = versionOf(candidate.path);
    if (version !== undefined) {
      const tool = { ...candidate, version };
      if (env.SPOTTER_FFMPEG === undefined) cached = tool;
      return tool;
    }
  }
  throw new VideoError('missing_ffmpeg', MISSING_FFMPEG_MESSAGE);
}
