/**
 * Streams a video as raw RGB frames from an ffmpeg child process, scaled to the analysis size and capped at
 * the analysis frame rate, each with its real presentation time (read from ffmpeg's `showinfo` log, so
 * variable-frame-rate phone videos keep true timing). Backpressure is the pipe itself: a frame is read from
 * ffmpeg's stdout only when the consumer asks for the next one, so ffmpeg blocks while inference is behind and
 * memory stays at a few frames whatever the video's length.
 */
import { spawn } from 'node:child_process';
import type { RgbFrame } from '../../../pose/pose-estimator.js';
import { analysisSize, DEFAULT_ANALYSIS_MAX_FPS, type SizePx } from './analysis-size.js';
import { slotPhase } from '../../../pose/frame-slots.js';
import type { FfmpegTool } from './locate-ffmpeg.js';
import type { VideoProbe } from './probe-video.js';
import { TimestampQueue } from './timestamp-queue.js';

export interface DecodeOptions {
  readonly ffmpeg: FfmpegTool;
  readonly file: string;
  readonly probe: VideoProbe;
  /** Output size; defaults to `analysisSize(probe)`. */
  readonly size?: SizePx;
  /** Frames closer together than 1/maxFps are dropped (never duplicated); 0 = keep every frame. */
  readonly maxFps?: number;
  /** Decode only this time range (seconds of the source); timestamps stay in source time. */
  readonly startS?: number;
  readonly durationS?: number;
  /** Decoder threads; undefined = ffmpeg's choice (all cores). */
  readonly threads?: number;
  /**
   * Reuse one pixel buffer for every frame: a frame is then valid only until the next one is requested. Saves
   * allocating (and the GC lagging behind) ~0.7 MB a frame; for consumers that finish with each frame first.
   */
  readonly reuseBuffer?: boolean;
}

export interface DecodedFrame {
  /** 0-based index among the frames this stream produced. */
  readonly index: number;
  /** Presentation time in the source video, seconds. */
  readonly tS: number;
  readonly frame: RgbFrame;
}

export interface DecodeSummary {
  readonly frames: number;
  readonly lastTS: number | undefined;
  readonly exitCode: number | null;
  /** Decoder complaints (damaged packets), counted; a few are normal at cuts, many mean corruption. */
  readonly decodeErrors: number;
  /** The last lines ffmpeg printed that were not frame logs, for error messages. */
  readonly tail: readonly string[];
}

export interface VideoStream {
  readonly size: SizePx;
  frames(): AsyncGenerator<DecodedFrame>;
  /** Available once `frames()` has finished. */
  summary(): DecodeSummary;
}

/** Builds the ffmpeg argument list (exported for tests and docs). */
export function decodeArgs(options: DecodeOptions, size: SizePx): string[] {
  const maxFps = options.maxFps ?? DEFAULT_ANALYSIS_MAX_FPS;
  const filters: string[] = [];
  // One frame per 1/maxFps time slot (pose/frame-slots.ts; the browser applies the same rule by seeking): never
  // duplicates, a no-op at or below the cap, works for VFR, and a 30 fps source keeps 2 of 3 frames under a
  // 20 fps cap where a minimum-gap rule would halve it to 15 fps.
  if (maxFps > 0) {
    const phase = slotPhase(maxFps, options.probe.fps).toFixed(4);
    filters.push(
      `select='isnan(prev_selected_t)+gt(floor(t*${maxFps}+${phase})\\,floor(prev_selected_t*${maxFps}+${phase}))'`,
    );
  }
  // Shrink in YUV (4:2:0), then convert the small picture to RGB: one swscale pass that scales and converts at
  // once cost ffmpeg ~30 % more CPU for a 720p source (1.3 vs 1.0 s per 20 s at 15 fps, -threads 1).
  filters.push(`scale=${size.widthPx}:${size.heightPx}:flags=area`, 'format=yuv420p', 'showinfo');
  return [
    '-hide_banner',
    '-nostdin',
    '-nostats',
    '-loglevel',
    'info',
    ...(options.threads !== undefined ? ['-threads', String(options.threads)] : []),
    ...(options.startS !== undefined && options.startS > 0 ? ['-ss', options.startS.toFixed(3)] : []),
    '-i',
    options.file,
    ...(options.durationS !== undefined ? ['-t', options.durationS.toFixed(3)] : []),
    '-map',
    '0:v:0',
    '-an',
    '-sn',
    '-dn',
    '-vf',
    filters.join(','),
    '-vsync',
    'passthrough',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    'pipe:1',
  ];
}

interface TimeBase {
  readonly num: number;
  readonly den: number;
}

/**
 * A showinfo line is either the filter's time base or one frame. Times come from the integer `pts` and the time
 * base: `pts_time` is printed with 6 significant digits, i.e. only 10 ms resolution past 1000 s.
 */
export function showinfoTime(line: string, timeBase: TimeBase | undefined): number | TimeBase | undefined {
  const base = /config in time_base: (\d+)\/(\d+)/.exec(line);
  if (base !== null) {
    const num = Number(base[1]);
    const den = Number(base[2]);
    return num > 0 && den > 0 ? { num, den } : undefined;
  }
  const pts = /\bpts:\s*(-?\d+)/.exec(line);
  if (pts !== null && timeBase !== undefined) return (Number(pts[1]) * timeBase.num) / timeBase.den;
  const ptsTime = /pts_time:\s*(-?[\d.]+(?:e-?\d+)?)/.exec(line);
  return ptsTime !== null ? Number(ptsTime[1]) : undefined;
}

const DECODE_ERROR = /error while decoding|Invalid NAL|corrupt|Truncat|partial file|invalid data/i;

export function openVideoStream(options: DecodeOptions): VideoStream {
  const size = options.size ?? analysisSize(options.probe);
  const frameBytes = size.widthPx * size.heightPx * 3;
  const offsetS = options.startS ?? 0;
  let summary: DecodeSummary | undefined;

  async function* frames(): AsyncGenerator<DecodedFrame> {
    const child = spawn(options.ffmpeg.path, decodeArgs(options, size), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const times = new TimestampQueue();
    const tail: string[] = [];
    let decodeErrors = 0;
    let timeBase: TimeBase | undefined;
    let pending = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split(/\r?\n|\r/);
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('Parsed_showinfo')) {
          const tS = showinfoTime(line, timeBase);
          if (typeof tS === 'number') times.push(tS);
          else if (tS !== undefined) timeBase = tS;
        } else {
          if (DECODE_ERROR.test(line)) decodeErrors++;
          tail.push(line);
          if (tail.length > 20) tail.shift();
        }
      }
    });
    const exited = new Promise<number | null>((resolve) => {
      child.on('close', (code) => resolve(code));
      child.on('error', () => resolve(-1));
    });
    child.stderr.on('end', () => times.close());

    let index = 0;
    let lastTS: number | undefined;
    let buffer = new Uint8Array(frameBytes);
    let filled = 0;
    try {
      for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
        let offset = 0;
        while (offset < chunk.length) {
          const n = Math.min(frameBytes - filled, chunk.length - offset);
          buffer.set(chunk.subarray(offset, offset + n), filled);
          filled += n;
          offset += n;
          if (filled === frameBytes) {
            const pts = await times.shift();
            // Without a logged time (never seen in practice) fall back to the nominal rate.
            // Microsecond rounding keeps times from several ranges comparable (no float noise in the sums).
            const tS =
              pts !== undefined
                ? Math.round((pts + offsetS) * 1e6) / 1e6
                : (lastTS ?? offsetS) + 1 / (options.probe.fps ?? 30);
            lastTS = tS;
            yield { index, tS, frame: { data: buffer, widthPx: size.widthPx, heightPx: size.heightPx } };
            index++;
            if (options.reuseBuffer !== true) buffer = new Uint8Array(frameBytes); // the consumer may keep it
            filled = 0;
          }
        }
      }
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL'); // consumer stopped early
      const exitCode = await exited;
      summary = { frames: index, lastTS, exitCode, decodeErrors, tail };
    }
  }

  return {
    size,
    frames,
    summary: () => {
      if (summary === undefined) throw new Error('summary() is available once frames() has finished');
      return summary;
    },
  };
}
