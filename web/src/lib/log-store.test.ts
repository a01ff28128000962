import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSet, emptyLog } from '../../../src/log/edit-log.js';
import { DAMAGED_LOG_KEY, LOG_KEY, loadStoredLog, resetDamagedLog, saveStoredLog } from './log-store.js';

/** A minimal in-memory localStorage for Node. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = store;
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('training log on the device', () => {
  it('saves and loads the log in the versioned format', () => {
    const log = addSet(emptyLog(), {
      atIso: '2026-11-20T18:00:00+01:00',
      loadKg: 100,
      reps: 10,
      pain: { during: 1 },
    }).log;
    expect(saveStoredLog(log)).toBe(true);
    expect(JSON.parse(store.getItem(LOG_KEY)!).format).toBe('spotter-training-log');
    const loaded = loadStoredLog();
    expect(loaded.ok && loaded.log).toEqual(log);
  });

  it('reports an unreadable log without touching it, and keeps it aside when starting afresh', () => {
    const broken = '{"format":"spotter-training-log","version":1,"sets":[]}';
    store.setItem(LOG_KEY, broken);
    const loaded = loadStoredLog();
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error).toMatch(/settings/);
    expect(store.getItem(LOG_KEY)).toBe(broken);
    resetDamagedLog(broken);
    expect(store.getItem(DAMAGED_LOG_KEY)).toBe(broken);
    expect(loadStoredLog().ok).toBe(true);
  });
});
