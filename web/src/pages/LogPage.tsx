/**
 * Training log page: sets and pain stored on this device, the next-session recommendation with its reasons and
 * sources, a weekly volume and pain plot, and JSON/CSV export and import. Same pure core as `spotter log`.
 */
import { useEffect, useMemo, useState } from 'react';
import { SOURCES } from '../../../src/coach/index.js';
import { parseTrainingLogCsv, trainingLogToCsv } from '../../../src/formats/training-log/csv.js';
import { parseTrainingLogJson } from '../../../src/formats/training-log/parse-training-log.js';
import { parseReportForLogJson } from '../../../src/formats/training-log/read-report.js';
import { serializeTrainingLog } from '../../../src/formats/training-log/serialize-training-log.js';
import {
  addSet,
  emptyLog,
  LOAD_RULE_CONFIG,
  LOG_LIMITS,
  msToIso,
  recentSets,
  recommendNext,
  removeSet,
  setPain,
  summarizeReport,
  updateSet,
  weeklyTrends,
  type LoggedSet,
  type NextSession,
  type SetAnalysis,
  type SetInput,
  type TrainingLog,
  type WeekTrend,
} from '../../../src/log/index.js';
import { downloadText } from '../lib/download.js';
import { weekPlot } from '../lib/log-plot.js';
import {
  changeStoredLog,
  LOG_KEY,
  loadStoredLog,
  resetDamagedLog,
  type LogChange,
} from '../lib/log-store.js';
import { TableScroll } from '../components/TableScroll.js';

const nowIso = () => {
  const ms = Date.now();
  return msToIso(ms, -new Date(ms).getTimezoneOffset());
};

/** `datetime-local` value (local wall time) -> ISO with this device's offset at that time. */
function localInputToIso(value: string): string {
  const date = new Date(value);
  return msToIso(date.getTime(), -date.getTimezoneOffset());
}

const fmt = (v: number | null | undefined) => (v == null ? '–' : String(Number(v.toFixed(1))));

export function LogPage() {
  const [stored] = useState(loadStoredLog);
  const [log, setLogState] = useState<TrainingLog | null>(stored.ok ? stored.log : null);
  const [persistent, setPersistent] = useState(stored.ok ? stored.persistent : true);
  const [editing, setEditing] = useState<LoggedSet | null>(null);
  const [message, setMessage] = useState('');
  const [resetError, setResetError] = useState('');

  // Every change re-reads the stored log under a Web Lock (log-store.ts), so a change made in another tab is
  // kept, not overwritten by this page's older copy.
  const change: ChangeLog = async (edit) => {
    const outcome = await changeStoredLog(edit, log ?? emptyLog());
    if (!outcome.ok) {
      setMessage(`⚠ ${outcome.error}`);
      return undefined;
    }
    setLogState(outcome.log);
    setPersistent(outcome.persistent);
    return outcome.result;
  };
  const setLog = (edit: (log: TrainingLog) => TrainingLog) =>
    void change((l) => ({ log: edit(l), result: undefined }));

  // Another tab changed the log: show it.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== LOG_KEY) return;
      const fresh = loadStoredLog();
      if (fresh.ok) setLogState(fresh.log);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  if (log === null && !stored.ok) {
    return (
      <section className="card sev-alert" role="alert">
        <h2>The training log on this device cannot be read</h2>
        <p>{stored.error}</p>
        <p>
          Nothing was changed. Save its text to fix it by hand, or start a new log (the old text is kept
          aside).
        </p>
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() => downloadText('spotter-log-damaged.json', stored.raw, 'application/json')}
          >
            Save the unreadable log
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              const fresh = resetDamagedLog(stored.raw);
              if (fresh === null) {
                setResetError(
                  'The browser has no room to keep the unreadable log aside, so it was left as it is. Save it first, then clear some site data.',
                );
              } else setLogState(fresh);
            }}
          >
            Start a new log
          </button>
        </div>
        {resetError && <p className="error">⚠ {resetError}</p>}
      </section>
    );
  }
  if (log === null) return null;
  return (
    <LogView
      log={log}
      change={change}
      setLog={setLog}
      persistent={persistent}
      editing={editing}
      setEditing={setEditing}
      message={message}
      setMessage={setMessage}
    />
  );
}

/** Changes the stored log (re-read under the lock) and returns the edit's result; undefined if it failed. */
type ChangeLog = <T>(edit: (log: TrainingLog) => LogChange<T>) => Promise<T | undefined>;
/** A change with no result: `edit` gets the log as stored now. */
type SetLog = (edit: (log: TrainingLog) => TrainingLog) => void;

interface ViewProps {
  readonly log: TrainingLog;
  readonly change: ChangeLog;
  readonly setLog: SetLog;
  readonly persistent: boolean;
  readonly editing: LoggedSet | null;
  readonly setEditing: (set: LoggedSet | null) => void;
  readonly message: string;
  readonly setMessage: (m: string) => void;
}

function LogView({ log, change, setLog, persistent, editing, setEditing, message, setMessage }: ViewProps) {
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
      <Settings log={log} setLog={setLog} />
      <Exports log={log} setLog={setLog} setMessage={setMessage} />
    </div>
  );
}

function NextCard({ next }: { next: NextSession }) {
  const sev =
    next.action === 'stop' || next.action === 'reduce' ? 'sev-alert' : next.rest.ok ? '' : 'sev-warn';
  return (
    <section className={`card ${sev}`} aria-labelledby="next-h" data-testid="log-next">
      <h3 id="next-h">Next session: {next.headline}</h3>
      {next.loadKg !== null && (
        <p className="fix">
          <strong>{fmt(next.loadKg)} kg</strong> for {next.targetReps} reps
          {next.lastLoadKg !== null && <> (last time {fmt(next.lastLoadKg)} kg)</>}
        </p>
      )}
      <p>
        Rest:{' '}
        {next.rest.hoursSinceLastHard === null
          ? 'no hard leg session logged.'
          : `${next.rest.hoursSinceLastHard} h since your last hard leg session${next.rest.ok ? ' (enough).' : `; wait until ${next.rest.earliestIso?.replace('T', ' ').slice(0, 16)}.`}`}{' '}
        Load jump (ACWR, information only):{' '}
        {next.acwr.ratio === null ? 'needs four weeks of log' : next.acwr.ratio.toFixed(2)}.
      </p>
      {next.seeTriage && (
        <p>
          <a className="button primary" href="#/coach">
            Check the pain (back pain check)
          </a>
        </p>
      )}
      <ul>
        {next.reasons.map((r) => (
          <li key={r.ruleId}>
            {r.text.replace(/\(`spotter triage`, or the Coach page in the web app\)/, '(Coach page)')}{' '}
            <span className="meta">
              [{r.ruleId}; {r.sources.map((s) => `${s}: ${SOURCES[s]}`).join('; ')}]
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface FormState {
  at: string;
  load: string;
  reps: string;
  target: string;
  rir: string;
  rpe: string;
  during: string;
  after: string;
  nextMorning: string;
  notes: string;
}

function toForm(set: LoggedSet | null): FormState {
  const ms = Date.now();
  const local = msToIso(ms, -new Date(ms).getTimezoneOffset()).slice(0, 16);
  const s = (v: number | undefined) => (v === undefined ? '' : String(v));
  return {
    at: set ? set.atIso.slice(0, 16) : local,
    load: s(set?.loadKg),
    reps: s(set?.reps),
    target: s(set?.targetReps),
    rir: s(set?.rir),
    rpe: s(set?.rpe),
    during: s(set?.pain.during),
    after: s(set?.pain.after),
    nextMorning: s(set?.pain.nextMorning),
    notes: set?.notes ?? '',
  };
}

function SetForm({
  editing,
  onSave,
  onCancel,
}: {
  editing: LoggedSet | null;
  onSave: (input: SetInput) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<FormState>(() => toForm(editing));
  const [analysis, setAnalysis] = useState<SetAnalysis | undefined>(editing?.analysis);
  const [error, setError] = useState('');
  const field = (key: keyof FormState) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const num = (text: string) => (text.trim() === '' ? undefined : Number(text));

  const readReport = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    try {
      const summary = summarizeReport(parseReportForLogJson(await file.text()));
      setAnalysis(summary);
      setForm((f) => ({ ...f, reps: f.reps === '' ? String(summary.repsSeen) : f.reps }));
      setError('');
    } catch (err) {
      setError(`${file.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const pain = Object.fromEntries(
      Object.entries({
        during: num(form.during),
        after: num(form.after),
        nextMorning: num(form.nextMorning),
      }).filter(([, v]) => v !== undefined),
    );
    const input: SetInput = {
      atIso: form.at === '' ? '' : localInputToIso(form.at),
      loadKg: num(form.load) ?? Number.NaN,
      reps: num(form.reps) ?? Number.NaN,
      ...(num(form.target) !== undefined && { targetReps: num(form.target)! }),
      ...(num(form.rir) !== undefined && { rir: num(form.rir)! }),
      ...(num(form.rpe) !== undefined && { rpe: num(form.rpe)! }),
      ...(analysis !== undefined && { analysis }),
      pain,
      ...(form.notes.trim() !== '' && { notes: form.notes.trim() }),
    };
    try {
      onSave(input);
      setError('');
      if (!editing) {
        setForm(toForm(null));
        setAnalysis(undefined);
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const L = LOG_LIMITS;
  return (
    <form onSubmit={submit} className="card" aria-labelledby="set-form-h" data-testid="log-form">
      <h3 id="set-form-h">{editing ? `Edit set ${editing.id}` : 'Log a set'}</h3>
      <div className="row">
        <label>
          When <input type="datetime-local" required {...field('at')} />
        </label>
        <label>
          Load kg{' '}
          <input type="number" required min={L.loadKg.min} max={L.loadKg.max} step="any" {...field('load')} />
        </label>
        <label>
          Reps <input type="number" required min={L.reps.min} max={L.reps.max} step={1} {...field('reps')} />
        </label>
        <label>
          Rep goal{' '}
          <input
            type="number"
            min={L.targetReps.min}
            max={L.targetReps.max}
            step={1}
            placeholder="log's"
            {...field('target')}
          />
        </label>
        <label>
          RIR <input type="number" min={L.rir.min} max={L.rir.max} step={1} {...field('rir')} />
        </label>
        <label>
          or RPE <input type="number" min={L.rpe.min} max={L.rpe.max} step={0.5} {...field('rpe')} />
        </label>
      </div>
      <fieldset>
        <legend>Back pain 0-10 (0 none)</legend>
        <div className="row">
          <label>
            During <input type="number" min={0} max={10} step={1} {...field('during')} />
          </label>
          <label>
            After <input type="number" min={0} max={10} step={1} {...field('after')} />
          </label>
          <label>
            Next morning <input type="number" min={0} max={10} step={1} {...field('nextMorning')} />
          </label>
        </div>
      </fieldset>
      <div className="row">
        <label>
          Notes <input type="text" maxLength={L.notesChars} {...field('notes')} />
        </label>
        <FilePicker
          label="Add video report (JSON)"
          accept="application/json,.json"
          testId="log-report-input"
          onFiles={(files) => void readReport(files)}
        />
        {analysis && (
          <span className="meta" data-testid="log-analysis">
            video: {analysis.repsSeen} reps, hip flexion max {fmt(analysis.hipFlexionMaxDeg)}°, lowering{' '}
            {fmt(analysis.eccentricMeanS)} s{analysis.verdict === 'not_judged' ? ', not judged' : ''}
            {analysis.faults.length > 0
              ? `, ${analysis.faults.map((f) => `${f.id} ×${f.count}`).join(', ')}`
              : analysis.verdict === 'not_judged'
                ? ''
                : ', no faults'}{' '}
            <button type="button" className="link" onClick={() => setAnalysis(undefined)}>
              remove
            </button>
          </span>
        )}
      </div>
      <div className="row">
        <button type="submit" className="primary">
          {editing ? 'Save changes' : 'Log set'}
        </button>
        {editing && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          ⚠ {error}
        </p>
      )}
    </form>
  );
}

function NextMorning({ set, onSave }: { set: LoggedSet; onSave: (score: number) => void }) {
  const [score, setScore] = useState('');
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        const v = Number(score);
        if (score !== '' && Number.isInteger(v) && v >= 0 && v <= 10) {
          onSave(v);
          setScore('');
        }
      }}
    >
      <label>
        Next-morning back pain for set {set.id} ({set.atIso.slice(0, 10)}){' '}
        <input
          type="number"
          min={0}
          max={10}
          step={1}
          required
          value={score}
          onChange={(e) => setScore(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        Save
      </button>
    </form>
  );
}

function WeekChart({ weeks }: { weeks: readonly WeekTrend[] }) {
  const plot = weekPlot(weeks.slice(-12), LOAD_RULE_CONFIG.painStopScore);
  const { plotLeft: l, plotRight: r, plotTop: t, plotBottom: b } = plot;
  return (
    <figure className="plot" data-testid="log-plot">
      <figcaption>
        Weekly volume load (bars, kg × reps) and highest back pain (line, 0-10; dashed: stop above 5)
      </figcaption>
      <svg viewBox={`0 0 ${plot.width} ${plot.height}`} role="img" aria-label="Weekly volume load and pain">
        <line x1={l} x2={r} y1={b} y2={b} stroke="#000" />
        <line x1={l} x2={l} y1={t} y2={b} stroke="#000" />
        <line x1={r} x2={r} y1={t} y2={b} stroke="#000" />
        <text className="plot-label" x={l - 4} y={t + 10} textAnchor="end">
          {plot.volumeMaxKg}
        </text>
        <text className="plot-label" x={l - 4} y={b} textAnchor="end">
          0
        </text>
        <text className="plot-label" x={r + 4} y={t + 10}>
          10
        </text>
        <text className="plot-label" x={r + 4} y={b}>
          0
        </text>
        <line className="plot-limit" x1={l} x2={r} y1={plot.painStopY} y2={plot.painStopY} />
        {plot.bars.map((bar) => (
          <g key={bar.weekStart}>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="#9ab">
              <title>
                {`Week of ${bar.weekStart}: ${fmt(bar.volumeLoadKg)} kg volume, pain max ${fmt(bar.painMax)}`}
              </title>
            </rect>
            <text className="plot-label" x={bar.x + bar.width / 2} y={b + 16} textAnchor="middle">
              {bar.weekStart.slice(5)}
            </text>
          </g>
        ))}
        <path className="plot-line" d={plot.painPath} style={{ stroke: '#b00' }} />
        {plot.bars.map((bar) =>
          bar.painY === null ? null : (
            <circle key={bar.weekStart} cx={bar.x + bar.width / 2} cy={bar.painY} r={4} fill="#b00" />
          ),
        )}
      </svg>
    </figure>
  );
}

function WeekTable({ weeks }: { weeks: readonly WeekTrend[] }) {
  return (
    <TableScroll label="Weeks">
      <table>
        <caption>Weeks</caption>
        <thead>
          <tr>
            <th>Week of</th>
            <th>Sessions</th>
            <th>Sets</th>
            <th>Volume kg</th>
            <th>Top set</th>
            <th>Pain max during / after / morning</th>
            <th>Hip flexion max</th>
            <th>Video faults (reps)</th>
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((w) => (
            <tr key={w.weekStart}>
              <td>{w.weekStart}</td>
              <td>{w.sessions}</td>
              <td>{w.sets}</td>
              <td>{fmt(w.volumeLoadKg)}</td>
              <td>
                {fmt(w.topSetKg)} × {w.topSetReps}
              </td>
              <td>
                {fmt(w.painDuringMax)} / {fmt(w.painAfterMax)} / {fmt(w.painNextMorningMax)}
              </td>
              <td>{w.hipFlexionMaxDeg === null ? '–' : `${fmt(w.hipFlexionMaxDeg)}°`}</td>
              <td>
                {w.analysedSets === 0
                  ? '–'
                  : Object.entries(w.faultCounts)
                      .map(([id, n]) => `${id} ${n}`)
                      .join(', ') || 'none'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function SetTable({
  sets,
  onEdit,
  onDelete,
}: {
  sets: readonly LoggedSet[];
  onEdit: (s: LoggedSet) => void;
  onDelete: (s: LoggedSet) => void;
}) {
  if (sets.length === 0) return <p>No sets logged yet.</p>;
  return (
    <TableScroll label="Sets, newest first">
      <table data-testid="log-sets">
        <caption>Sets, newest first</caption>
        <thead>
          <tr>
            <th>#</th>
            <th>When</th>
            <th>Load kg</th>
            <th>Reps</th>
            <th>Effort</th>
            <th>Pain during / after / morning</th>
            <th>Video</th>
            <th>Notes</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.id}>
              <td>{s.id}</td>
              <td>{s.atIso.slice(0, 16).replace('T', ' ')}</td>
              <td>{fmt(s.loadKg)}</td>
              <td>
                {s.reps}
                {s.targetReps !== undefined && ` / ${s.targetReps}`}
              </td>
              <td>{s.rir !== undefined ? `RIR ${s.rir}` : s.rpe !== undefined ? `RPE ${s.rpe}` : '–'}</td>
              <td>
                {fmt(s.pain.during)} / {fmt(s.pain.after)} / {fmt(s.pain.nextMorning)}
              </td>
              <td>
                {s.analysis
                  ? `${s.analysis.verdict === 'not_judged' ? 'not judged' : (s.analysis.verdict ?? '')} ${s.analysis.faults.map((f) => `${f.id} ×${f.count}`).join(', ')}`.trim() ||
                    'clean'
                  : '–'}
              </td>
              <td>{s.notes ?? ''}</td>
              <td>
                <div className="row">
                  <button type="button" className="button" onClick={() => onEdit(s)}>
                    Edit
                  </button>
                  <button type="button" className="button" onClick={() => onDelete(s)}>
                    Delete
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Settings({ log, setLog }: { log: TrainingLog; setLog: SetLog }) {
  const [target, setTarget] = useState(String(log.settings.targetReps));
  const [plate, setPlate] = useState(String(log.settings.plateIncrementKg));
  const [error, setError] = useState('');
  const L = LOG_LIMITS;
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        const targetReps = Number(target);
        const plateIncrementKg = Number(plate);
        if (!Number.isInteger(targetReps) || targetReps < L.targetReps.min || targetReps > L.targetReps.max) {
          setError(`Rep goal must be a whole number from ${L.targetReps.min} to ${L.targetReps.max}.`);
        } else if (!(
          plateIncrementKg >= L.plateIncrementKg.min && plateIncrementKg <= L.plateIncrementKg.max
        )) {
          setError(`Plate step must be from ${L.plateIncrementKg.min} to ${L.plateIncrementKg.max} kg.`);
        } else {
          setLog((l) => ({ ...l, settings: { targetReps, plateIncrementKg } }));
          setError('');
        }
      }}
    >
      <label>
        Rep goal{' '}
        <input
          type="number"
          min={L.targetReps.min}
          max={L.targetReps.max}
          step={1}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        />
      </label>
      <label>
        Smallest load step on your machine, kg{' '}
        <input
          type="number"
          min={L.plateIncrementKg.min}
          max={L.plateIncrementKg.max}
          step="any"
          value={plate}
          onChange={(e) => setPlate(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        Save settings
      </button>
      {error && (
        <span className="error" role="alert">
          ⚠ {error}
        </span>
      )}
    </form>
  );
}

function Exports({
  log,
  setLog,
  setMessage,
}: {
  log: TrainingLog;
  setLog: SetLog;
  setMessage: (m: string) => void;
}) {
  const [error, setError] = useState('');
  const importFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    try {
      const text = await file.text();
      const imported = /\.csv$/i.test(file.name)
        ? parseTrainingLogCsv(text, log.settings)
        : parseTrainingLogJson(text);
      if (
        log.sets.length > 0 &&
        !confirm(
          `Replace the ${log.sets.length} sets on this device with the ${imported.sets.length} in ${file.name}?`,
        )
      ) {
        return;
      }
      setLog(() => imported);
      setMessage(`Imported ${imported.sets.length} sets from ${file.name}.`);
      setError('');
    } catch (err) {
      setError(`${file.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const stamp = nowIso().slice(0, 10);
  return (
    <section className="exports" aria-labelledby="log-exports-h">
      <h3 id="log-exports-h">Export and import</h3>
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText(`spotter-log-${stamp}.json`, serializeTrainingLog(log), 'application/json')
        }
      >
        Export JSON
      </button>
      <button
        type="button"
        className="button"
        onClick={() => downloadText(`spotter-log-${stamp}.csv`, trainingLogToCsv(log), 'text/csv')}
      >
        Export CSV
      </button>
      <FilePicker
        label="Import JSON or CSV (replaces the log)"
        accept=".json,.csv,application/json,text/csv"
        testId="log-import-input"
        onFiles={(files) => void importFile(files)}
      />
      {error && (
        <p className="error" role="alert">
          ⚠ {error}
        </p>
      )}
    </section>
  );
}

/** A button-styled label around a hidden file input (keyboard and screen readers reach the input). */
function FilePicker(props: {
  label: string;
  accept: string;
  testId: string;
  onFiles: (files: FileList | null) => void;
}) {
  return (
    <label className="button">
      {props.label}
      <input
        type="file"
        accept={props.accept}
        className="visually-hidden"
        data-testid={props.testId}
        onChange={(e) => props.onFiles(e.target.files)}
      />
    </label>
  );
}
