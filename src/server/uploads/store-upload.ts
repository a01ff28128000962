/**
 * Streams an uploaded video to the uploads folder, checking its type by content and its size as it arrives:
 * nothing over the limit is kept, and a file whose first bytes are not a video container is refused before it
 * is written. The file appears under its final name only when complete.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { SIGNATURE_BYTES, videoContainerOf } from './video-signature.js';

export class UploadRejectedError extends Error {
  constructor(
    message: string,
    readonly statusCode: 400 | 413 | 415,
  ) {
    super(message);
  }
}

export interface StoredUpload {
  /** File name inside the uploads folder. */
  readonly fileName: string;
  readonly bytes: number;
}

export async function storeUpload(
  body: Readable,
  uploadsDir: string,
  maxBytes: number,
): Promise<StoredUpload> {
  await mkdir(uploadsDir, { recursive: true });
  const id = randomUUID();
  const partPath = path.join(uploadsDir, `${id}.part`);
  let head = Buffer.alloc(0);
  let bytes = 0;
  let out: ReturnType<typeof createWriteStream> | undefined;
  let container: string | undefined;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        throw new UploadRejectedError(
          `The video is larger than the ${Math.round(maxBytes / 2 ** 20)} MiB limit.`,
          413,
        );
      }
      if (out === undefined) {
        head = Buffer.concat([head, chunk]);
        if (head.length < SIGNATURE_BYTES) continue;
        container = videoContainerOf(head);
        if (container === undefined) {
          throw new UploadRejectedError(
            'The body is not a video (mp4, mov, webm, mkv or avi by its content).',
            415,
          );
        }
        out = createWriteStream(partPath, { flags: 'wx' });
        out.write(head);
      } else if (!out.write(chunk)) {
        await new Promise<void>((resolve) => out!.once('drain', () => resolve()));
      }
    }
    if (out === undefined) {
      throw bytes === 0
        ? new UploadRejectedError('The body is empty: send the video bytes.', 400)
        : new UploadRejectedError('The body is not a video (too short to be one).', 415);
    }
    out.end();
    await finished(out);
    const fileName = `${id}.${container}`;
    await rename(partPath, path.join(uploadsDir, fileName));
    return { fileName, bytes };
  } catch (error) {
    out?.destroy();
    await rm(partPath, { force: true });
    throw error;
  }
}
