/**
 * Weekly trends of the log for tables and plots: volume load, top set, pain, deepest hip flexion, lowering time,
 * faults. The one place these per-week figures are computed (the Log page, `spotter log trends` and a trainer's
 * client history all read them from here).
 */
import type { FaultId } from '../engine/index.js';
import { groupSessions } from './sessions.js';
import { isoToMs, localDate, weekStartDate } from './time.js';
import type { LoggedSet, TrainingLog } from './types.js';

export interface WeekTrend {
  /** Monday of the week, YYYY-MM-DD, in the lifter's local dates. */
  readonly weekStart: string;
  readonly sessions: number;
  readonly sets: number;
  readonly reps: number;
  /** Sum of load x reps, kg. */
  readonly volumeLoadKg: number;
  readonly topSetKg: number;
  /** Reps of the best set at the top load. */
  readonly topSetReps: number;
  readonly painDuringMax: number | null;
  readonly painAfterMax: number | null;
  readonly painNextMorningMax: number | null;
  /** Deepest hip flexion of the analysed sets; null when no set was analysed. */
  readonly hipFlexionMaxDeg: number | null;
  readonly analysedSets: number;
  /** Mean of the analysed sets' mean lowering (eccentric) times, s; null when no set had one. */
  readonly eccentricMeanS: number | null;
  /** Reps with each fault, over the analysed sets. */
  readonly faultCounts: Readonly<Partial<Record<FaultId, number>>>;
  /** Fault reps per analysed set (every fault counted); null when no set was analysed. */
  readonly faultRepsPerSet: number | null;
}

function maxOrNull(values: readonly (number | undefined)[]): number | null {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length === 0 ? null : Math.max(...present);
}

function meanOrNull(values: readonly (number | undefined)[]): number | null {
  const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

function weekOf(sets: readonly LoggedSet[], weekStart: string, sessions: number): WeekTrend {
  const top = Math.max(...sets.map((s) => s.loadKg));
  const faultCounts: Partial<Record<FaultId, number>> = {};
  const analysed = sets.filter((s) => s.analysis !== undefined);
  for (const set of analysed) {
    for (const f of set.analysis!.faults) faultCounts[f.id] = (faultCounts[f.id] ?? 0) + f.count;
  }
  return {
    weekStart,
    sessions,
    sets: sets.length,
    reps: sets.reduce((n, s) => n + s.reps, 0),
    volumeLoadKg: Number(sets.reduce((v, s) => v + s.loadKg * s.reps, 0).toFixed(1)),
    topSetKg: top,
    topSetReps: Math.max(...sets.filter((s) => s.loadKg === top).map((s) => s.reps)),
    painDuringMax: maxOrNull(sets.map((s) => s.pain.during)),
    painAfterMax: maxOrNull(sets.map((s) => s.pain.after)),
    painNextMorningMax: maxOrNull(sets.map((s) => s.pain.nextMorning)),
    hipFlexionMaxDeg: maxOrNull(analysed.map((s) => s.analysis!.hipFlexionMaxDeg)),
    analysedSets: analysed.length,
    eccentricMeanS: meanOrNull(analysed.map((s) => s.analysis!.eccentricMeanS)),
    faultCounts,
    faultRepsPerSet:
      analysed.length === 0
        ? null
        : Object.values(faultCounts).reduce((a, b) => a + (b ?? 0), 0) / analysed.length,
  };
}

/** One row per week that has sets (done up to `nowIso`), oldest first. */
export function weeklyTrends(log: TrainingLog, nowIso: string): WeekTrend[] {
  const nowMs = isoToMs(nowIso);
  const byWeek = new Map<string, { sets: LoggedSet[]; sessions: number }>();
  for (const session of groupSessions(log.sets, nowMs)) {
    // A session belongs to the week of its first set, so a late session is not split over two weeks.
    const week = weekStartDate(localDate(session.sets[0]!.atIso));
    const entry = byWeek.get(week) ?? { sets: [], sessions: 0 };
    entry.sets.push(...session.sets);
    entry.sessions++;
    byWeek.set(week, entry);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, { sets, sessions }]) => weekOf(sets, week, sessions));
}

/** Sets done up to `nowIso`, newest first (for lists). */
export function recentSets(log: TrainingLog, nowIso: string): LoggedSet[] {
  const nowMs = isoToMs(nowIso);
  return log.sets
    .filter((s) => isoToMs(s.atIso) <= nowMs)
    .sort((a, b) => isoToMs(b.atIso) - isoToMs(a.atIso) || b.id - a.id);
}
