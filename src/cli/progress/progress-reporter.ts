/**
 * Progress for long analyses, written to stderr so stdout stays clean for summaries and pipes.
 * A terminal gets one bar redrawn in place; logs and CI get a plain line every few seconds; --quiet gets nothing.
 */
export interface ProgressReporter {
  /** `framesDone` frames analysed, covering the video up to `videoS` seconds. */
  update(framesDone: number, videoS: number): void;
  finish(): void;
}

export interface ProgressOptions {
  readonly write: (text: string) => void;
  readonly isTTY: boolean;
  readonly quiet: boolean;
  /** Video length in seconds, when known (drives percent and time left). */
  readonly totalS: number | undefined;
  readonly label?: string;
  /** Injectable clock for tests, milliseconds. */
  readonly nowMs?: () => number;
  /** Minimum time between redraws (TTY) or lines (plain). */
  readonly intervalMs?: number;
  readonly barWidth?: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** One status line: frames, analysis speed, and time left estimated from the video time covered so far. */
export function progressLine(
  framesDone: number,
  videoS: number,
  elapsedS: number,
  totalS: number | undefined,
): string {
  const fps = elapsedS > 0 ? framesDone / elapsedS : 0;
  const parts = [`${framesDone} frames`, `${fps.toFixed(1)} fps`];
  if (totalS !== undefined && totalS > 0) {
    const fraction = Math.min(1, videoS / totalS);
    const leftS = fraction > 0 ? (elapsedS * (1 - fraction)) / fraction : Number.NaN;
    parts.unshift(`${Math.round(fraction * 100)}%`);
    parts.push(`${formatDuration(leftS)} left`);
  } else parts.push(`${formatDuration(videoS)} of video`);
  return parts.join('  ');
}

export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  if (options.quiet) return { update: () => undefined, finish: () => undefined };
  const now = options.nowMs ?? (() => Date.now());
  const startMs = now();
  const intervalMs = options.intervalMs ?? (options.isTTY ? 100 : 5000);
  const label = options.label ?? 'Analysing';
  const barWidth = options.barWidth ?? 24;
  let lastDrawMs = Number.NEGATIVE_INFINITY;
  let last: { frames: number; videoS: number } = { frames: 0, videoS: 0 };
  let drewBar = false;

  const draw = (final: boolean): void => {
    const elapsedS = (now() - startMs) / 1000;
    const line = progressLine(last.frames, last.videoS, elapsedS, options.totalS);
    if (options.isTTY) {
      const fraction =
        options.totalS !== undefined && options.totalS > 0 ? Math.min(1, last.videoS / options.totalS) : 0;
      const filled = Math.round((final ? 1 : fraction) * barWidth);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]`;
      options.write(`\r${label} ${bar} ${line}\x1b[K${final ? '\n' : ''}`);
      drewBar = true;
    } else options.write(`${label}: ${line}\n`);
  };

  return {
    update(framesDone, videoS) {
      last = { frames: framesDone, videoS };
      const t = now();
      if (t - lastDrawMs < intervalMs) return;
      lastDrawMs = t;
      draw(false);
    },
    finish() {
      if (options.isTTY ? drewBar || last.frames > 0 : last.frames > 0) draw(true);
    },
  };
}
