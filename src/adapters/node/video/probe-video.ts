/**
 * Reads a video's container facts by parsing `ffmpeg -i` output. The packaged ffmpeg has no ffprobe, so one
 * parser serves both the packaged and the system binary (their banners differ slightly; both are tested).
 */
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import type { FfmpegTool } from './locate-ffmpeg.js';
import { VideoError } from './video-error.js';

export interface VideoProbe {
  /** Demuxer name(s) as ffmpeg prints them, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  readonly format: string;
  /** Container duration; undefined when the container does not say (raw streams, images). */
  readonly durationS: number | undefined;
  readonly codec: string;
  /** Size as displayed, after rotation metadata is applied (ffmpeg autorotates while decoding). */
  readonly widthPx: number;
  readonly heightPx: number;
  /** Rotation from the display matrix / rotate tag, degrees (phone videos: 90 or -90). */
  readonly rotationDeg: number;
  /** Nominal frame rate; undefined when unknown. Variable-frame-rate files report an average. */
  readonly fps: number | undefined;
  readonly hasAudio: boolean;
  /** A single picture (PNG, JPEG...) rather than a moving video. */
  readonly isStillImage: boolean;
}

const IMAGE_FORMATS = /^(image2|.*_pipe)$/;

/** Parses the stderr of `ffmpeg -i <file>`; throws VideoError when there is no usable video stream. */
export function parseProbeOutput(stderr: string, fileName: string): VideoProbe {
  const lines = stderr.split(/\r?\n/);
  const input = /Input #0, (.+?), from '/.exec(stderr);
  if (input === null) {
    throw new VideoError(
      'not_a_video',
      `${fileName} is not a video Spotter can read (ffmpeg does not recognise its format).`,
    );
  }
  const format = input[1] ?? '';
  const duration = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const durationS =
    duration === null
      ? undefined
      : Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]);

  const videoLine = lines.findIndex((l) => /Stream #0:\d+.*?: Video: /.test(l));
  const hasAudio = lines.some((l) => /Stream #0:\d+.*?: Audio: /.test(l));
  if (videoLine < 0) {
    throw new VideoError(
      hasAudio ? 'audio_only' : 'not_a_video',
      hasAudio
        ? `${fileName} has sound but no picture: Spotter needs a video of the set.`
        : `${fileName} has no video stream Spotter can read.`,
    );
  }
  const line = lines[videoLine] ?? '';
  const codec = /: Video: (\w+)/.exec(line)?.[1] ?? 'unknown';
  const size = /, (\d{1,5})x(\d{1,5})[,\s]/.exec(line);
  if (size === null)
    throw new VideoError(
      'corrupt',
      `${fileName}: ffmpeg cannot tell the picture size; the file looks damaged.`,
    );
  const fpsMatch = /, (\d+(?:\.\d+)?) fps/.exec(line) ?? /, (\d+(?:\.\d+)?)(k?) tbr/.exec(line);
  const fps = fpsMatch === null ? undefined : Number(fpsMatch[1]) * (fpsMatch[2] === 'k' ? 1000 : 1);

  // Rotation lives in the stream's own metadata / side data block, up to the next stream header.
  let rotationDeg = 0;
  for (let i = videoLine + 1; i < lines.length && !/Stream #/.test(lines[i] ?? ''); i++) {
    const l = lines[i] ?? '';
    const matrix = /displaymatrix: rotation of (-?\d+(?:\.\d+)?) degrees/.exec(l);
    const tag = /^\s*rotate\s*:\s*(-?\d+)/.exec(l);
    if (matrix !== null) rotationDeg = Number(matrix[1]);
    else if (tag !== null && rotationDeg === 0) rotationDeg = -Number(tag[1]);
  }
  const quarterTurns = Math.round(rotationDeg / 90);
  const swapped = Math.abs(quarterTurns) % 2 === 1;
  const codedW = Number(size[1]);
  const codedH = Number(size[2]);
  return {
    format,
    durationS,
    codec,
    widthPx: swapped ? codedH : codedW,
    heightPx: swapped ? codedW : codedH,
    rotationDeg,
    fps: fps !== undefined && Number.isFinite(fps) && fps > 0 ? fps : undefined,
    hasAudio,
    isStillImage: IMAGE_FORMATS.test(format),
  };
}

/** Runs ffmpeg on the file's header only (no output file), then parses what it printed. */
export async function probeVideo(ffmpeg: FfmpegTool, file: string): Promise<VideoProbe> {
  const fileName = file.split(/[\\/]/).pop() ?? file;
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new VideoError('not_found', `${file} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof VideoError) throw error;
    throw new VideoError('not_found', `Cannot find the video ${file}.`);
  }
  if (size === 0)
    throw new VideoError('empty_file', `${fileName} is empty (0 bytes): record or copy the video again.`);

  const stderr = await new Promise<string>((resolve, reject) => {
    const child = spawn(ffmpeg.path, ['-hide_banner', '-nostdin', '-i', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let text = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (text.length < 200_000) text += chunk; // headers are small; never buffer unbounded output
    });
    child.on('error', reject);
    child.on('close', () => resolve(text));
  });
  if (/moov atom not found/.test(stderr) && /Input #0/.test(stderr) === false && size > 1024) {
    throw new VideoError(
      'truncated',
      `${fileName} looks cut short or damaged (its index is missing, as when a recording stops abruptly): copy or export the video again.`,
    );
  }
  return parseProbeOutput(stderr, fileName);
}
