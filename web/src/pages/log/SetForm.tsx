/** Log a set or edit one: load, reps, effort, pain, notes and an optional video report (JSON). */
import { useState } from 'react';
import { parseReportForLogJson } from '../../../../src/formats/training-log/read-report.js';
import {
  checkSetInput,
  LOG_LIMITS as L,
  summarizeReport,
  type LoggedSet,
  type SetAnalysis,
  type SetInput,
} from '../../../../src/log/index.js';
import { ErrorAlert } from './ErrorAlert.js';
import { FilePicker } from './FilePicker.js';
import { errorText, fmt } from './format.js';
import { RepGoalInput } from './RepGoalInput.js';
import { useEntryCheck } from './use-entry-check.js';
import { toSetFormState, toSetInput, type SetFormState } from './set-form-state.js';

export function SetForm({
  editing,
  onSave,
  onCancel,
}: {
  editing: LoggedSet | null;
  onSave: (input: SetInput) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<SetFormState>(() => toSetFormState(editing));
  const [analysis, setAnalysis] = useState<SetAnalysis | undefined>(editing?.analysis);
  const { error, setError, passes } = useEntryCheck();
  const field = (key: keyof SetFormState) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });

  const readReport = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    try {
      const summary = summarizeReport(parseReportForLogJson(await file.text()));
      setAnalysis(summary);
      setForm((f) => ({ ...f, reps: f.reps === '' ? String(summary.repsSeen) : f.reps }));
      setError('');
    } catch (err) {
      setError(`${file.name}: ${errorText(err)}`);
    }
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const input = toSetInput(form, analysis);
    if (!passes(() => checkSetInput(input))) return;
    onSave(input);
    if (!editing) {
      setForm(toSetFormState(null));
      setAnalysis(undefined);
    }
  };

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
        <RepGoalInput placeholder="log's" {...field('target')} />
        <label>
          RIR <input type="number" min={L.rir.min} max={L.rir.max} step={1} {...field('rir')} />
        </label>
        <label>
          or RPE <input type="number" min={L.rpe.min} max={L.rpe.max} step={0.5} {...field('rpe')} />
        </label>
      </div>
      <fieldset>
        <legend>
          Back pain {L.pain.min}-{L.pain.max} ({L.pain.min} none)
        </legend>
        <div className="row">
          <label>
            During <input type="number" min={L.pain.min} max={L.pain.max} step={1} {...field('during')} />
          </label>
          <label>
            After <input type="number" min={L.pain.min} max={L.pain.max} step={1} {...field('after')} />
          </label>
          <label>
            Next morning{' '}
            <input type="number" min={L.pain.min} max={L.pain.max} step={1} {...field('nextMorning')} />
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
      <ErrorAlert error={error} />
    </form>
  );
}
