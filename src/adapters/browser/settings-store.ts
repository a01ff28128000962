/** On-device settings (localStorage): the personal safe depth and the mute switch. Nothing leaves the device. */
import type { DepthCalibration } from '../../engine/index.js';

const SAFE_DEPTH_KEY = 'spotter.safeDepth.v1';
const MUTED_KEY = 'spotter.muted.v1';

export interface StoredSafeDepth {
  readonly hipFlexionDeg: number;
  readonly calibratedAtIso: string;
  readonly calibration: DepthCalibration;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (private mode, policy)
  }
}

export function loadSafeDepth(): StoredSafeDepth | null {
  const raw = storage()?.getItem(SAFE_DEPTH_KEY);
  if (raw == null) return null;
  try {
    const v = JSON.parse(raw) as Partial<StoredSafeDepth>;
    return typeof v.hipFlexionDeg === 'number' && Number.isFinite(v.hipFlexionDeg)
      ? (v as StoredSafeDepth)
      : null;
  } catch {
    return null;
  }
}

export function saveSafeDepth(calibration: DepthCalibration, nowIso: string): StoredSafeDepth {
  const value: StoredSafeDepth = {
    hipFlexionDeg: calibration.safeDepth.hipFlexionDeg,
    calibratedAtIso: nowIso,
    calibration,
  };
  storage()?.setItem(SAFE_DEPTH_KEY, JSON.stringify(value));
  return value;
}

export function clearSafeDepth(): void {
  storage()?.removeItem(SAFE_DEPTH_KEY);
}

export function loadMuted(): boolean {
  return storage()?.getItem(MUTED_KEY) === '1';
}

export function saveMuted(muted: boolean): void {
  storage()?.setItem(MUTED_KEY, muted ? '1' : '0');
}
