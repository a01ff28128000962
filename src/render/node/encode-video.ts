/** Encodes raw RGB frames (bottom-up rows, as WebGL reads them) with ffmpeg: H.264 mp4 or raw y4m. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function ffmpegPath(): string {
  if (existsSync('/usr/bin/ffmpeg')) return '/usr/bin/ffmpeg';
  const require = createRequire(import.meta.url);
  return (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
}

export interface EncodeOptions {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly fps: number;
  readonly outPath: string;
  /** x264 constant rate factor (lower = better); default 20. */
  readonly crf?: number;
  /** x264 preset; default `medium` (fixtures). Suite clips use `veryfast` (same CRF, ~60% of the CPU). */
  readonly preset?: string;
}

export interface FrameSink {
  write(rgb: Buffer): Promise<void>;
  finish(): Promise<void>;
}

export function openEncoder(opts: EncodeOptions): FrameSink {
  const args = [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${opts.widthPx}x${opts.heightPx}`, '-framerate', String(opts.fps),
    '-i', 'pipe:0', '-vf', 'vflip',
    '-c:v', 'libx264', '-preset', opts.preset ?? 'medium', '-crf', String(opts.crf ?? 20), '-pix_fmt', 'yuv420p',
    '-movflags', '+faststart', opts.outPath,
  ]; // prettier-ignore
  const proc: ChildProcess = spawn(ffmpegPath(), args, { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  let writeError: Error | undefined;
  proc.stdin!.on('error', (err) => (writeError = err));
  const done = new Promise<void>((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ffmpeg exited ${code}: ${stderr}`)),
    );
  });
  return {
    write: (rgb) =>
      new Promise<void>((resolve, reject) => {
        if (writeError) reject(writeError);
        else if (proc.stdin!.write(rgb)) resolve();
        else proc.stdin!.once('drain', resolve);
      }),
    async finish() {
      proc.stdin!.end();
      await done;
    },
  };
}

/** Converts a video to a small y4m (for Chromium's fake camera), scaled and cut. */
export function toY4m(
  inPath: string,
  outPath: string,
  widthPx: number,
  heightPx: number,
  seconds: number,
  fps: number,
): Promise<void> {
  const args = [
    '-hide_banner', '-loglevel', 'error', '-y', '-i', inPath, '-t', String(seconds),
    '-vf', `scale=${widthPx}:${heightPx},fps=${fps}`, '-pix_fmt', 'yuv420p', '-f', 'yuv4mpegpipe', outPath,
  ]; // prettier-ignore
  return new Promise((resolve, reject) => {
    const p = spawn(ffmpegPath(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ffmpeg y4m exited ${code}: ${err}`)),
    );
  });
}
