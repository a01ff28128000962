/**
 * A readable training log: the next-session card, the set form, next-morning pain, the weekly plot and table,
 * the sets, settings, and export/import. Every change goes through `change`/`setLog` (LogPage.tsx).
 */
import { useMemo } from 'react';
import {
  addSet,
  recentSets,
  recommendNext,
  removeSet,
  setPain,
  updateSet,
  weeklyTrends,
  type LoggedSet,
  type TrainingLog,
} from '../../../../src/log/index.js';
import type { ChangeLog, SetLog } from './change-log.js';
import { Exports } from './Exports.js';
import { nowIso } from './format.js';
import { NextCard } from './NextCard.js';
import { NextMorning } from './NextMorning.js';
import { SetForm } from './SetForm.js';
import { SetTable } from './SetTable.js';
import { SettingsForm } from './SettingsForm.js';
import { WeekChart } from './WeekChart.js';
import { WeekTable } from './WeekTable.js';

export interface LogViewProps {
  readonly log: TrainingLog;
  readonly change: ChangeLog;
  readonly setLog: SetLog;
  readonly persistent: boolean;
  readonly editing: LoggedSet | null;
  readonly setEditing: (set: LoggedSet | null) => void;
  readonly message: string;
  readonly setMessage: (m: string) => void;
}

export function LogView({
  log,
  change,
  setLog,
  persistent,
  editing,
  setEditing,
  message,
  setMessage,
}: LogViewProps) {
  // Re-read the clock when the log changes (a page left open overnight picks it up on the next edit).
  const now = useMemo(() => nowIso(), [log]);
  const next = useMemo(() => recommendNext(log, now), [log, now]);
  const weeks = useMemo(() => weeklyTrends(log, now), [log, now]);
  const sets = useMemo(() => recentSets(log, now), [log, now]);
  const last = sets[0];

  return (
    <div className="log" data-testid="log-page">
      <h2>Training log</h2>
      <p className="meta">
        Stored on this device only
        {persistent ? '' : ' (this browser gives no storage: export before leaving)'}. Rep goal{' '}
        {log.settings.targetReps}, plate step {log.settings.plateIncrementKg} kg.
      </p>
      <NextCard next={next} />
      {message && (
        <p className="ok" role="status">
          {message}
        </p>
      )}
      <SetForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onCancel={() => setEditing(null)}
        onSave={async (input) => {
          if (editing) {
            const id = editing.id;
            const done = await change((l) => ({ log: updateSet(l, id, input), result: id }));
            if (done !== undefined) setMessage(`Set ${id} updated.`);
          } else {
            const set = await change((l) => {
              const added = addSet(l, input);
              return { log: added.log, result: added.set };
            });
            if (set !== undefined) setMessage(`Set ${set.id} logged.`);
          }
          setEditing(null);
        }}
      />
      {last && (
        <NextMorning
          set={last}
          onSave={(score) => {
            setLog((l) => setPain(l, last.id, { nextMorning: score }));
            setMessage(`Next-morning pain ${score}/10 added to set ${last.id}.`);
          }}
        />
      )}
      {weeks.length > 0 && <WeekChart weeks={weeks} />}
      {weeks.length > 0 && <WeekTable weeks={weeks} />}
      <SetTable
        sets={sets}
        onEdit={(s) => {
          setEditing(s);
          setMessage('');
        }}
        onDelete={(s) => {
          if (confirm(`Delete set ${s.id} (${s.loadKg} kg x ${s.reps})?`)) setLog((l) => removeSet(l, s.id));
        }}
      />
      <SettingsForm settings={log.settings} setLog={setLog} />
      <Exports log={log} setLog={setLog} setMessage={setMessage} />
    </div>
  );
}
