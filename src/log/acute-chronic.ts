/**
 * Acute:chronic workload ratio of volume load (kg x reps): the last 7 days over the weekly mean of the last 28.
 * Information only: the ratio is heavily criticised as an injury predictor (evidence.md §5), so no rule uses it.
 */
import { LOAD_RULE_CONFIG as C } from './load-rules.js';
import { DAY_MS, isoToMs } from './time.js';
import type { TrainingLog } from './types.js';

export interface AcuteChronicRatio {
  readonly acuteVolumeKg: number;
  /** Weekly mean volume load over the chronic window. */
  readonly chronicWeeklyVolumeKg: number;
  /** null until the log covers the whole chronic window, or when it holds no volume. */
  readonly ratio: number | null;
  /** ratio >= 1.5; information only. */
  readonly flagged: boolean;
}

export function acuteChronicRatio(log: TrainingLog, nowIso: string): AcuteChronicRatio {
  const nowMs = isoToMs(nowIso);
  let acute = 0;
  let chronic = 0;
  let firstMs = Number.POSITIVE_INFINITY;
  for (const set of log.sets) {
    const ms = isoToMs(set.atIso);
    if (ms > nowMs) continue;
    firstMs = Math.min(firstMs, ms);
    const volume = set.loadKg * set.reps;
    if (nowMs - ms < C.acuteDays * DAY_MS) acute += volume;
    if (nowMs - ms < C.chronicDays * DAY_MS) chronic += volume;
  }
  const weekly = chronic / (C.chronicDays / 7);
  // A log younger than the chronic window would make every first weeks look like a jump.
  const covers = nowMs - firstMs >= (C.chronicDays - 7) * DAY_MS;
  const ratio = covers && weekly > 0 ? Number((acute / weekly).toFixed(2)) : null;
  return {
    acuteVolumeKg: acute,
    chronicWeeklyVolumeKg: Number(weekly.toFixed(1)),
    ratio,
    flagged: ratio !== null && ratio >= C.acwrFlagRatio,
  };
}
