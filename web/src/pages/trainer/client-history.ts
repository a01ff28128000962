/**
 * A client's history for the trainer pages, built with the training log's own code: every shared set is read
 * with the log's report reader and summarised by summarizeReport (depth, lowering time, faults); the logged sets
 * (load, reps, pain) and the shared sets no entry names become one TrainingLog, and weeklyTrends makes the weeks.
 * Pure: the page passes the server's answers and the time in.
 */
import { FAULT_LABELS, type FaultId } from '../../../../src/engine/index.js';
import { readReportForLog } from '../../../../src/formats/training-log/index.js';
import {
  localDate,
  msToIso,
  summarizeReport,
  weekStartDate,
  weeklyTrends,
  type LoggedSet,
  type SetAnalysis,
  type TrainingLog,
  type WeekTrend,
  emptyLog,
} from '../../../../src/log/index.js';
import type { ServerLogEntry, SharedSet, TriageCheck } from '../../lib/api-client.js';

export interface SetRow {
  readonly id: string;
  readonly createdAt: string;
  readonly source: SharedSet['source'];
  /** The report's summary; null when the report cannot be read as one. */
  readonly analysis: SetAnalysis | null;
  readonly verdictHeadline: string | null;
  /** Faults seen, counted per rep, e.g. "Hips roll off the pad x2". */
  readonly faults: readonly string[];
}

export interface WeekRow extends WeekTrend {
  /** Highest pain score of the week's back-pain checks (0-10); null when none. */
  readonly checkPainMax: number | null;
}

export interface ClientHistory {
  readonly sets: readonly SetRow[];
  readonly weeks: readonly WeekRow[];
  readonly log: TrainingLog;
}

const faultName = (id: FaultId) => FAULT_LABELS[id] ?? id;

function setRow(set: SharedSet): SetRow {
  let analysis: SetAnalysis | null;
  try {
    analysis = summarizeReport(readReportForLog(set.report));
  } catch {
    analysis = null;
  }
  const verdict = (set.report as { verdict?: { headline?: unknown } } | null)?.verdict?.headline;
  return {
    id: set.id,
    createdAt: set.createdAt,
    source: set.source,
    analysis,
    verdictHeadline: typeof verdict === 'string' ? verdict : null,
    faults: (analysis?.faults ?? []).map((f) => `${faultName(f.id)} x${f.count}`),
  };
}

/** The server's time (UTC) in the viewer's own offset, so weeks start on the viewer's Mondays. */
function localIso(iso: string, offsetMin: number): string {
  return msToIso(Date.parse(iso), offsetMin);
}

const weekOf = (atIso: string) => weekStartDate(localDate(atIso));

/**
 * The history: sets newest first, weeks oldest first. `offsetMin` is the viewer's UTC offset in minutes (east
 * positive), used for sets the server dated; logged sets keep the offset they were logged with.
 */
export function clientHistory(
  shared: readonly SharedSet[],
  entries: readonly ServerLogEntry[],
  checks: readonly TriageCheck[],
  nowIso: string,
  offsetMin: number,
): ClientHistory {
  const rows = shared.map(setRow);
  const logged: LoggedSet[] = entries.map((e, i) => ({ ...(e.entry as Omit<LoggedSet, 'id'>), id: i + 1 }));
  const named = new Set(entries.flatMap((e) => (e.setId !== undefined ? [e.setId] : [])));
  // A shared set no entry logs is still a set of the history: its reps as the camera counted them, no load.
  const unlogged = rows
    .filter((r) => !named.has(r.id) && r.analysis !== null)
    .map((r, i): LoggedSet => ({
      id: logged.length + i + 1,
      atIso: localIso(r.createdAt, offsetMin),
      exercise: 'leg_press',
      loadKg: 0,
      reps: r.analysis!.repsSeen,
      analysis: r.analysis!,
      pain: {},
    }));
  const log: TrainingLog = { ...emptyLog(), sets: [...logged, ...unlogged] };
  const checkPain = new Map<string, number[]>();
  for (const check of checks) {
    const score = (check.result as { answers?: { painScore?: unknown } } | null)?.answers?.painScore;
    if (typeof score !== 'number') continue;
    const week = weekOf(localIso(check.createdAt, offsetMin));
    checkPain.set(week, [...(checkPain.get(week) ?? []), score]);
  }
  const weeks = weeklyTrends(log, nowIso).map((w): WeekRow => {
    const pain = checkPain.get(w.weekStart) ?? [];
    return { ...w, checkPainMax: pain.length === 0 ? null : Math.max(...pain) };
  });
  // Weeks with a check but no set still show the pain.
  const setWeeks = new Set(weeks.map((w) => w.weekStart));
  const painOnly = [...checkPain.entries()]
    .filter(([week]) => !setWeeks.has(week))
    .map(([week, pain]): WeekRow => ({ ...emptyWeek(week), checkPainMax: Math.max(...pain) }));
  return {
    sets: [...rows].reverse(),
    weeks: [...weeks, ...painOnly].sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
    log,
  };
}

function emptyWeek(weekStart: string): WeekRow {
  return {
    weekStart,
    sessions: 0,
    sets: 0,
    reps: 0,
    volumeLoadKg: 0,
    topSetKg: 0,
    topSetReps: 0,
    painDuringMax: null,
    painAfterMax: null,
    painNextMorningMax: null,
    hipFlexionMaxDeg: null,
    analysedSets: 0,
    eccentricMeanS: null,
    faultCounts: {},
    faultRepsPerSet: null,
    checkPainMax: null,
  };
}
