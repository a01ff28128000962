/** The coach's TrainingHistory from the log, so `buildPlan` can use rest, next-morning pain and load jumps. */
import type { TrainingHistory } from '../coach/index.js';
import { recommendNext } from './recommend-next.js';
import { groupSessions, sessionPain } from './sessions.js';
import { isoToMs } from './time.js';
import type { TrainingLog } from './types.js';

export function trainingHistory(log: TrainingLog, nowIso: string): TrainingHistory {
  const sessions = groupSessions(log.sets, isoToMs(nowIso));
  const last = sessions[sessions.length - 1];
  if (last === undefined) return {};
  const next = recommendNext(log, nowIso);
  const during = sessionPain(last, 'during');
  return {
    ...(next.rest.hoursSinceLastHard !== null && { hoursSinceLastLegSession: next.rest.hoursSinceLastHard }),
    painWorseNextMorning: next.reasons.some((r) => r.ruleId === 'worse_next_morning'),
    ...(during !== undefined && { lastPainDuringScore: during }),
    ...(next.acwr.ratio !== null && { acuteChronicLoadRatio: next.acwr.ratio }),
  };
}
