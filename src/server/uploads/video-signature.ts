/**
 * What a video file is, from its first bytes (never from the name or the Content-Type the caller sent):
 * ISO base media (mp4, mov, m4v, 3gp: 'ftyp' at byte 4), Matroska/WebM (EBML magic), AVI (RIFF....AVI ).
 */
export type VideoContainer = 'mp4' | 'mkv' | 'avi';

/** Bytes needed to recognise every container above. */
export const SIGNATURE_BYTES = 12;

export function videoContainerOf(head: Uint8Array): VideoContainer | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 8 && ascii(4, 8) === 'ftyp') return 'mp4';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    return 'mkv';
  }
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'AVI ') return 'avi';
  return undefined;
}
