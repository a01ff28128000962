/**
 * A <video> element as the frame selector's seekable video: a seek resolves once the new frame is on screen, with
 * its presentation time from requestVideoFrameCallback (`mediaTime`), so a drawn frame carries the time it was
 * filmed at. A seek that lands on the frame already shown presents nothing new, so no callback comes: after
 * `unchangedAfterMs` the seek answers null ("unchanged"). Browsers without the callback answer null always and
 * the selector falls back to a fixed grid of times.
 */
import type { SeekableVideo } from '../../../src/pose/seek-frame-selection.js';

/** How long to wait for a new frame after `seeked` before deciding the picture did not change. */
const UNCHANGED_AFTER_MS = 500;

export function seekableVideo(video: HTMLVideoElement, durationS: number): SeekableVideo {
  const hasFrameCallback = 'requestVideoFrameCallback' in HTMLVideoElement.prototype;
  return {
    durationS,
    seek: (tS) =>
      new Promise((resolve, reject) => {
        let mediaTimeS: number | null = null;
        let seeked = false;
        let timer: ReturnType<typeof setTimeout> | undefined;
        let callback: number | undefined;
        const finish = (answer: number | null) => {
          if (timer !== undefined) clearTimeout(timer);
          if (callback !== undefined) video.cancelVideoFrameCallback(callback);
          video.removeEventListener('seeked', onSeeked);
          video.removeEventListener('error', onError);
          resolve(answer);
        };
        const onSeeked = () => {
          seeked = true;
          if (!hasFrameCallback || mediaTimeS !== null) finish(mediaTimeS);
          else timer = setTimeout(() => finish(null), UNCHANGED_AFTER_MS);
        };
        const onError = () => {
          if (timer !== undefined) clearTimeout(timer);
          video.removeEventListener('seeked', onSeeked);
          reject(new Error('The video could not be decoded by this browser.'));
        };
        if (hasFrameCallback) {
          callback = video.requestVideoFrameCallback((_now, meta) => {
            callback = undefined;
            mediaTimeS = meta.mediaTime;
            if (seeked) finish(mediaTimeS);
          });
        }
        video.addEventListener('seeked', onSeeked);
        video.addEventListener('error', onError);
        video.currentTime = tS;
      }),
  };
}
