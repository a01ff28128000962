/** React hook over the stored safe depth (calibration), shared by every page. */
import { useSyncExternalStore } from 'react';
import { loadSafeDepth, type StoredSafeDepth } from '../../../src/adapters/browser/settings-store.js';

const listeners = new Set<() => void>();
let cached: StoredSafeDepth | null | undefined;

export function notifySafeDepthChanged(): void {
  cached = undefined;
  for (const l of listeners) l();
}

export function useSafeDepth(): StoredSafeDepth | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => (cached === undefined ? (cached = loadSafeDepth()) : cached),
  );
}
