/** Grabs one frame as a JPEG at a given time, at the analysis size so keypoints line up without rescaling. */
import { spawn } from 'node:child_process';
import type { SizePx } from './analysis-size.js';
import type { FfmpegTool } from './locate-ffmpeg.js';

export async function extractJpegFrame(
  ffmpeg: FfmpegTool,
  file: string,
  tS: number,
  size: SizePx,
): Promise<Buffer | undefined> {
  const args = [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'error',
    '-ss',
    Math.max(0, tS).toFixed(3),
    '-i',
    file,
    '-frames:v',
    '1',
    '-vf',
    `scale=${size.widthPx}:${size.heightPx}:flags=area`,
    '-q:v',
    '4',
    '-f',
    'image2pipe',
    '-vcodec',
    'mjpeg',
    'pipe:1',
  ];
  return new Promise((resolve) => {
    const child = spawn(ffmpeg.path, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolve(undefined));
    // A snapshot is a nice-to-have: a failed grab leaves the report without that picture, never fails it.
    child.on('close', (code) => resolve(code === 0 && chunks.length > 0 ? Buffer.concat(chunks) : undefined));
  });
}
