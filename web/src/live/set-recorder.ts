/**
 * Records the camera stream during a live set (MediaRecorder, compressed in the browser's own encoder), so at
 * "End set" the recording can be analysed exactly as an uploaded video is. It stays in this page's memory: never
 * uploaded, dropped when the page closes unless the lifter saves it. Memory is bounded: recording stops at
 * MAX_RECORDING_BYTES (about 8 minutes at the chosen bit rate, far longer than a set).
 */

/**
 * 2.5 Mbit/s for a ~640x480 camera at 30 fps: above what video calls use at that size, since the pose model
 * reads fine edges (the summary is only as good as the recording); a 3-minute set is ~56 MB.
 */
export const RECORDING_BITS_PER_S = 2_500_000;
export const MAX_RECORDING_BYTES = 150 * 1024 * 1024;

const MIME_TYPES = ['video/webm;codecs=vp8', 'video/webm', 'video/mp4'];

export interface Recording {
  readonly blob: Blob;
  /** True when the set outlasted MAX_RECORDING_BYTES and only its start was kept. */
  readonly truncated: boolean;
  /** Wall-clock length of what was recorded. */
  readonly durationS: number;
}

export class SetRecorder {
  private readonly chunks: Blob[] = [];
  private bytes = 0;
  private truncated = false;
  private readonly startedAtMs = performance.now();
  private stoppedAtMs = Number.NaN;

  private constructor(private readonly recorder: MediaRecorder) {
    recorder.ondataavailable = (ev) => {
      if (ev.data.size === 0) return;
      this.chunks.push(ev.data);
      this.bytes += ev.data.size;
      if (this.bytes >= MAX_RECORDING_BYTES && recorder.state === 'recording') {
        this.truncated = true;
        this.stoppedAtMs = performance.now();
        recorder.stop();
      }
    };
  }

  /** Starts recording; null when this browser cannot record the stream (the live summary is then used). */
  static start(stream: MediaStream): SetRecorder | null {
    if (typeof MediaRecorder === 'undefined') return null;
    const mimeType = MIME_TYPES.find((t) => MediaRecorder.isTypeSupported(t));
    try {
      const recorder = new MediaRecorder(stream, {
        ...(mimeType !== undefined && { mimeType }),
        videoBitsPerSecond: RECORDING_BITS_PER_S,
      });
      recorder.start(1000);
      return new SetRecorder(recorder);
    } catch {
      return null;
    }
  }

  /** Stops and returns the recording (null when nothing was recorded). */
  stop(): Promise<Recording | null> {
    const finish = (): Recording | null => {
      if (this.chunks.length === 0) return null;
      const endMs = Number.isFinite(this.stoppedAtMs) ? this.stoppedAtMs : performance.now();
      return {
        blob: new Blob(this.chunks, { type: this.recorder.mimeType || 'video/webm' }),
        truncated: this.truncated,
        durationS: (endMs - this.startedAtMs) / 1000,
      };
    };
    if (this.recorder.state === 'inactive') return Promise.resolve(finish());
    return new Promise((resolve) => {
      this.recorder.addEventListener('stop', () => resolve(finish()), { once: true });
      this.recorder.stop();
    });
  }
}
