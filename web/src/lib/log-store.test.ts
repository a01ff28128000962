import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSet, emptyLog } from '../../../src/log/index.js';
import {
  changeStoredLog,
  damagedBackupKeys,
  LOG_KEY,
  LOG_LOCK_NAME,
  loadStoredLog,
  MAX_DAMAGED_BACKUPS,
  resetDamagedLog,
  saveStoredLog,
  type LockManagerLike,
} from './log-store.js';

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
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
}

/** Web Locks as a browser gives them: one holder of a name at a time, the others queued in order. */
class FakeLocks implements LockManagerLike {
  readonly requested: string[] = [];
  private tail: Promise<unknown> = Promise.resolve();
  request<R>(name: string, callback: () => R | Promise<R>): Promise<R> {
    this.requested.push(name);
    const run = this.tail.then(callback);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

const set = (loadKg: number) => ({ atIso: '2026-11-20T18:00:00+01:00', loadKg, reps: 10, pain: {} });

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
    resetDamagedLog(broken, '2026-11-20T18:00:00.000Z');
    expect(damagedBackupKeys()).toHaveLength(1);
    expect(store.getItem(damagedBackupKeys()[0]!)).toBe(broken);
    expect(loadStoredLog().ok).toBe(true);
  });

  it(`keeps the last ${MAX_DAMAGED_BACKUPS} damaged logs, each under its own time`, () => {
    for (let i = 0; i < MAX_DAMAGED_BACKUPS + 2; i++) {
      resetDamagedLog(`broken ${i}`, `2026-11-2${i}T18:00:00.000Z`);
    }
    resetDamagedLog('same time', '2026-11-26T18:00:00.000Z');
    const kept = damagedBackupKeys().map((k) => store.getItem(k));
    expect(kept).toHaveLength(MAX_DAMAGED_BACKUPS);
    expect(kept).toEqual(['broken 3', 'broken 4', 'broken 5', 'broken 6', 'same time']);
  });

  it('leaves the unreadable log in place when there is no room for its backup', () => {
    store.setItem(LOG_KEY, 'broken');
    const full = Object.assign(Object.create(store) as MemoryStorage, {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    (globalThis as { localStorage?: unknown }).localStorage = full;
    expect(resetDamagedLog('broken')).toBeNull();
    expect(store.getItem(LOG_KEY)).toBe('broken');
  });
});

describe('the Log page open in two tabs', () => {
  it('keeps a set added in another tab when this tab, with its older copy, adds one', async () => {
    const locks = new FakeLocks();
    const tabA = loadStoredLog();
    const tabB = loadStoredLog();
    if (!tabA.ok || !tabB.ok) throw new Error('unreadable');
    const addTo = (loadKg: number) => (log: typeof tabA.log) => {
      const added = addSet(log, set(loadKg));
      return { log: added.log, result: added.set.id };
    };
    expect(await changeStoredLog(addTo(100), tabB.log, locks)).toMatchObject({ ok: true, result: 1 });
    // Tab A still shows the empty log it loaded; its change is made to the log as stored now.
    const fromA = await changeStoredLog(addTo(110), tabA.log, locks);
    expect(fromA).toMatchObject({ ok: true, result: 2 });
    const stored = loadStoredLog();
    expect(stored.ok && stored.log.sets.map((s) => s.loadKg)).toEqual([100, 110]);
    expect(locks.requested).toEqual([LOG_LOCK_NAME, LOG_LOCK_NAME]);
  });

  it('keeps every set when many changes queue on the lock at once', async () => {
    const locks = new FakeLocks();
    const empty = emptyLog();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        changeStoredLog((log) => ({ log: addSet(log, set(100 + i)).log, result: i }), empty, locks),
      ),
    );
    const stored = loadStoredLog();
    expect(stored.ok && stored.log.sets).toHaveLength(20);
  });

  it('changes nothing when the stored log became unreadable, and says so', async () => {
    store.setItem(LOG_KEY, '{"broken');
    const outcome = await changeStoredLog((log) => ({ log, result: 0 }), emptyLog(), new FakeLocks());
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/cannot be read/);
    expect(store.getItem(LOG_KEY)).toBe('{"broken');
  });

  it('edits the page copy when the browser gives no storage', async () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    const page = addSet(emptyLog(), set(90)).log;
    const outcome = await changeStoredLog((log) => ({ log: addSet(log, set(95)).log, result: 0 }), page);
    expect(outcome.ok && outcome.log.sets.map((s) => s.loadKg)).toEqual([90, 95]);
    expect(outcome.ok && outcome.persistent).toBe(false);
  });
});
