/** The camera, with the failure cases named so the page can say what to do. */

export type CameraProblem = 'denied' | 'no_camera' | 'in_use' | 'insecure' | 'unsupported' | 'other';

export class CameraError extends Error {
  override readonly name = 'CameraError';
  constructor(
    readonly problem: CameraProblem,
    message: string,
  ) {
    super(message);
  }
}

const MESSAGES: Record<CameraProblem, string> = {
  denied:
    'Camera permission was denied. Allow the camera for this site in the browser settings (the lock icon by the address), then try again.',
  no_camera: 'No camera was found. Connect a camera, or analyse a recorded video instead.',
  in_use: 'The camera is in use by another app or tab. Close it there, then try again.',
  insecure: 'The camera only works on a secure page (https or localhost).',
  unsupported: 'This browser cannot use a camera here. Try a current Chrome, Edge, Firefox or Safari.',
  other: 'The camera could not be started.',
};

/** Maps getUserMedia's DOMException names to a problem the user can act on. */
export function classifyCameraError(err: unknown): CameraError {
  const name = err instanceof Error ? err.name : '';
  const problem: CameraProblem =
    name === 'NotAllowedError' || name === 'SecurityError'
      ? 'denied'
      : name === 'NotFoundError' || name === 'OverconstrainedError'
        ? 'no_camera'
        : name === 'NotReadableError' || name === 'AbortError'
          ? 'in_use'
          : 'other';
  const detail = problem === 'other' && err instanceof Error ? ` (${err.message})` : '';
  return new CameraError(problem, MESSAGES[problem] + detail);
}

/**
 * The camera's own picture (`resizeMode: 'none'`, in Media Capture and Streams but not yet in TypeScript's DOM
 * types): no crop to a requested aspect ratio, which could cut the lifter's head or feet off; the size nearest
 * 640x480 among the camera's native modes.
 */
const CAMERA_CONSTRAINTS: MediaTrackConstraints & { readonly resizeMode?: ConstrainDOMString } = {
  facingMode: { ideal: 'environment' },
  width: { ideal: 640 },
  height: { ideal: 480 },
  resizeMode: { ideal: 'none' },
};

/** Opens the rear (environment) camera when there is one; throws CameraError. */
export async function openCamera(): Promise<MediaStream> {
  if (globalThis.isSecureContext === false) throw new CameraError('insecure', MESSAGES.insecure);
  const media = globalThis.navigator?.mediaDevices;
  if (media?.getUserMedia === undefined) throw new CameraError('unsupported', MESSAGES.unsupported);
  try {
    return await media.getUserMedia({
      audio: false,
      video: CAMERA_CONSTRAINTS,
    });
  } catch (err) {
    throw classifyCameraError(err);
  }
}

export function stopCamera(stream: MediaStream | null | undefined): void {
  for (const t of stream?.getTracks() ?? []) t.stop();
}
