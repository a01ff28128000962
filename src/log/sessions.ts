/** Groups logged sets into sessions and tells which were hard, the unit the load rules reason about. */
import { LOAD_RULE_CONFIG } from './load-rules.js';
import { HOUR_MS, isoToMs } from './time.js';
import type { LoggedSet, Session } from './types.js';

/** Sets in time order (stable for equal times: by id). Never mutates its input. */
export function sortSets(sets: readonly LoggedSet[]): LoggedSet[] {
  return [...sets].sort((a, b) => isoToMs(a.atIso) - isoToMs(b.atIso) || a.id - b.id);
}

/**
 * A set close to failure, or of unknown effort (counted as hard, to err towards rest): RIR <= 3 or RPE >= 7.
 * RIR wins when both are given.
 */
export function isHardSet(set: LoggedSet): boolean {
  if (set.rir !== undefined) return set.rir <= LOAD_RULE_CONFIG.hardSetMaxRir;
  if (set.rpe !== undefined) return set.rpe >= LOAD_RULE_CONFIG.hardSetMinRpe;
  return true;
}

/** Sessions of the sets done up to `nowMs` (later ones are ignored), oldest first. */
export function groupSessions(sets: readonly LoggedSet[], nowMs = Number.POSITIVE_INFINITY): Session[] {
  const gapMs = LOAD_RULE_CONFIG.sessionGapHours * HOUR_MS;
  const sessions: Session[] = [];
  let current: LoggedSet[] = [];
  let lastMs = Number.NEGATIVE_INFINITY;
  const close = () => {
    if (current.length === 0) return;
    sessions.push({
      index: sessions.length,
      sets: current,
      startMs: isoToMs(current[0]!.atIso),
      endMs: lastMs,
      topLoadKg: Math.max(...current.map((s) => s.loadKg)),
      hard: current.some(isHardSet),
    });
    current = [];
  };
  for (const set of sortSets(sets)) {
    const ms = isoToMs(set.atIso);
    if (ms > nowMs) break;
    if (ms - lastMs > gapMs) close();
    current.push(set);
    lastMs = ms;
  }
  close();
  return sessions;
}

/** The last set done at the session's top load: the one the 2-for-2 rule reads. */
export function referenceSet(session: Session): LoggedSet {
  const atTop = session.sets.filter((s) => s.loadKg === session.topLoadKg);
  return atTop[atTop.length - 1]!;
}

/** Highest score of one pain time over the session's sets; undefined when none was logged. */
export function sessionPain(session: Session, when: 'during' | 'after' | 'nextMorning'): number | undefined {
  const scores = session.sets.map((s) => s.pain[when]).filter((v): v is number => v !== undefined);
  return scores.length === 0 ? undefined : Math.max(...scores);
}
