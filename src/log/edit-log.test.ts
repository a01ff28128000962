import { describe, expect, it } from 'vitest';
import {
  addSet,
  changeSettings,
  checkSetInput,
  checkSettings,
  emptyLog,
  LogEntryError,
  type SetInput,
} from './edit-log.js';
import { LOG_LIMITS } from './limits.js';

const good: SetInput = { atIso: '2026-11-21T18:05:00+01:00', loadKg: 100, reps: 10 };

describe('checking a set before it is logged', () => {
  it('accepts what addSet accepts and names the field addSet would reject', () => {
    expect(() => checkSetInput(good)).not.toThrow();
    expect(addSet(emptyLog(), good).set.loadKg).toBe(100);
    const bad: SetInput = { ...good, reps: 10.5 };
    expect(() => checkSetInput(bad)).toThrow(/reps must be a whole number/);
    expect(() => addSet(emptyLog(), bad)).toThrow(LogEntryError);
    const thrown = (() => {
      try {
        checkSetInput({ ...good, loadKg: Number.NaN });
      } catch (err) {
        return err;
      }
    })();
    expect(thrown).toBeInstanceOf(LogEntryError);
    expect((thrown as LogEntryError).field).toBe('loadKg');
  });
});

describe('the log settings', () => {
  it('takes a rep goal and plate step inside LOG_LIMITS', () => {
    const log = changeSettings(emptyLog(), { targetReps: 12, plateIncrementKg: 2.5 });
    expect(log.settings).toEqual({ targetReps: 12, plateIncrementKg: 2.5 });
  });
  it('rejects a fractional or out-of-range rep goal and a plate step outside its range, naming the range', () => {
    expect(() => checkSettings({ targetReps: 8.5, plateIncrementKg: 5 })).toThrow(
      `targetReps must be a whole number from ${LOG_LIMITS.targetReps.min} to ${LOG_LIMITS.targetReps.max}`,
    );
    expect(() => checkSettings({ targetReps: 0, plateIncrementKg: 5 })).toThrow(/targetReps/);
    expect(() => changeSettings(emptyLog(), { targetReps: 10, plateIncrementKg: 0 })).toThrow(
      `plateIncrementKg must be a number from ${LOG_LIMITS.plateIncrementKg.min} to ${LOG_LIMITS.plateIncrementKg.max}`,
    );
    expect(() => checkSettings({ targetReps: 10, plateIncrementKg: Number.NaN })).toThrow(LogEntryError);
  });
});
