/**
 * The training log on this device (localStorage), stored in the same versioned JSON format as the CLI's file.
 * Every change is a read-modify-write of the stored log under a Web Lock (`navigator.locks`), so the Log page
 * open in two tabs queues its changes instead of one tab overwriting the other's sets with its stale copy.
 * A stored log that cannot be read is never overwritten silently: the page shows the problem, and starting
 * afresh first keeps the unreadable text under a timestamped backup key (the last MAX_DAMAGED_BACKUPS kept).
 */
import { parseTrainingLogJson } from '../../../src/formats/training-log/parse-training-log.js';
import { serializeTrainingLog } from '../../../src/formats/training-log/serialize-training-log.js';
import { emptyLog, type TrainingLog } from '../../../src/log/index.js';

export const LOG_KEY = 'spotter.trainingLog.v1';
/** Backups of unreadable logs: this prefix, then the ISO time it was kept aside. */
export const DAMAGED_LOG_PREFIX = 'spotter.trainingLog.v1.damaged';
export const MAX_DAMAGED_BACKUPS = 5;
/** The Web Lock every tab takes around a change of the stored log. */
export const LOG_LOCK_NAME = 'spotter.trainingLog';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (private mode, policy)
  }
}

export type StoredLog =
  | { readonly ok: true; readonly log: TrainingLog; readonly persistent: boolean }
  | { readonly ok: false; readonly error: string; readonly raw: string };

export function loadStoredLog(): StoredLog {
  const store = storage();
  const raw = store?.getItem(LOG_KEY);
  if (raw == null) return { ok: true, log: emptyLog(), persistent: store !== null };
  try {
    return { ok: true, log: parseTrainingLogJson(raw), persistent: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err), raw };
  }
}

/** Saves the log; false when the browser gives no storage (the log then lives only as long as the page). */
export function saveStoredLog(log: TrainingLog): boolean {
  const store = storage();
  if (store === null) return false;
  try {
    store.setItem(LOG_KEY, serializeTrainingLog(log));
    return true;
  } catch {
    return false; // quota exceeded
  }
}

/** A change of the log: the new log and what the caller wants back (e.g. the set it added). */
export interface LogChange<T> {
  readonly log: TrainingLog;
  readonly result: T;
}

export type ChangeOutcome<T> =
  | { readonly ok: true; readonly log: TrainingLog; readonly result: T; readonly persistent: boolean }
  | { readonly ok: false; readonly error: string };

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request<R>(name: string, callback: () => R | Promise<R>): Promise<R>;
}

function webLocks(): LockManagerLike | undefined {
  try {
    return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  } catch {
    return undefined;
  }
}

/**
 * Changes the stored log: under the Web Lock, reads the log as stored now (another tab may have changed it),
 * applies `edit` and saves. Without storage, `current` (the page's copy) is edited instead. Without Web Locks
 * (old browsers) the read-change-save still runs in one go on the fresh stored log.
 */
export async function changeStoredLog<T>(
  edit: (log: TrainingLog) => LogChange<T>,
  current: TrainingLog,
  locks: LockManagerLike | undefined = webLocks(),
): Promise<ChangeOutcome<T>> {
  const run = (): ChangeOutcome<T> => {
    let base = current;
    if (storage() !== null) {
      const stored = loadStoredLog();
      if (!stored.ok) {
        return {
          ok: false,
          error: `Nothing was changed: the log stored on this device cannot be read (${stored.error}). Reload the page.`,
        };
      }
      base = stored.log;
    }
    let change: LogChange<T>;
    try {
      change = edit(base);
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    const persistent = saveStoredLog(change.log);
    return { ok: true, log: change.log, result: change.result, persistent };
  };
  return locks !== undefined ? locks.request(LOG_LOCK_NAME, run) : run();
}

/** The backup keys of unreadable logs, oldest first. */
export function damagedBackupKeys(): string[] {
  const store = storage();
  if (store === null) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key !== null && key.startsWith(`${DAMAGED_LOG_PREFIX}.`)) keys.push(key);
  }
  return keys.sort();
}

/**
 * Keeps an unreadable stored log under a new timestamped backup key (dropping the oldest beyond
 * MAX_DAMAGED_BACKUPS), then starts an empty one. Returns null, changing nothing, when the backup cannot be
 * stored (storage full): the unreadable log is then left in place.
 */
export function resetDamagedLog(raw: string, nowIso: string = new Date().toISOString()): TrainingLog | null {
  const store = storage();
  if (store !== null) {
    let key = `${DAMAGED_LOG_PREFIX}.${nowIso}`;
    for (let n = 2; store.getItem(key) !== null; n++) key = `${DAMAGED_LOG_PREFIX}.${nowIso}.${n}`;
    try {
      store.setItem(key, raw);
    } catch {
      return null;
    }
    const keys = damagedBackupKeys();
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_DAMAGED_BACKUPS))) store.removeItem(old);
  }
  const log = emptyLog();
  saveStoredLog(log);
  return log;
}
