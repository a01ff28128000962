/**
 * Log a set for the client: when, load, reps, reps in reserve, pain during and after, and (optionally) which
 * shared set it was, whose report then gives the entry its depth, tempo and faults. The server checks it with
 * the log's own rules and says which field is wrong.
 */
import { useState, type FormEvent } from 'react';
import { msToIso } from '../../../../src/log/index.js';
import { addLogEntry, type LogEntryInput, type ServerLogEntry } from '../../lib/api-client.js';
import type { SetRow } from './client-history.js';
import { Feedback, messageOf } from './feedback.js';

/** A datetime-local value (the viewer's clock) as ISO 8601 with the viewer's offset. */
function localInputToIso(value: string): string {
  const ms = new Date(value).getTime();
  if (Number.isNaN(ms)) return value;
  return msToIso(ms, -new Date(ms).getTimezoneOffset());
}

const nowLocalInput = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

const optionalNumber = (form: FormData, name: string) => {
  const text = String(form.get(name) ?? '').trim();
  return text === '' ? undefined : Number(text);
};

interface Props {
  readonly clientId: string;
  readonly sets: readonly SetRow[];
  readonly entries: readonly ServerLogEntry[];
  readonly onLogged: () => void;
}

export function LogForm({ clientId, sets, entries, onLogged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const logged = new Set(entries.flatMap((e) => (e.setId !== undefined ? [e.setId] : [])));
  const open = sets.filter((s) => !logged.has(s.id) && s.analysis !== null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const setId = String(form.get('setId') ?? '');
    const during = optionalNumber(form, 'painDuring');
    const after = optionalNumber(form, 'painAfter');
    const rir = optionalNumber(form, 'rir');
    const entry: LogEntryInput = {
      atIso: localInputToIso(String(form.get('at') ?? '')),
      loadKg: Number(form.get('loadKg')),
      reps: Number(form.get('reps')),
      ...(rir !== undefined && { rir }),
      pain: { ...(during !== undefined && { during }), ...(after !== undefined && { after }) },
      ...(setId !== '' && { setId }),
    };
    setError(null);
    setNotice(null);
    try {
      await addLogEntry(clientId, entry);
      setNotice(`Logged ${entry.loadKg} kg × ${entry.reps}.`);
      formElement.reset();
      onLogged();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section aria-labelledby="log-title">
      <h3 id="log-title">Log a set</h3>
      <form onSubmit={(e) => void submit(e)}>
        <div className="row">
          <label>
            When
            <input name="at" type="datetime-local" required defaultValue={nowLocalInput()} />
          </label>
          <label>
            Load (kg)
            <input name="loadKg" type="number" step="any" min={0} required />
          </label>
          <label>
            Reps
            <input name="reps" type="number" step={1} min={0} required />
          </label>
          <label>
            Reps in reserve
            <input name="rir" type="number" step={1} min={0} />
          </label>
          <label>
            Back pain during (0-10)
            <input name="painDuring" type="number" step={1} min={0} max={10} />
          </label>
          <label>
            Back pain after (0-10)
            <input name="painAfter" type="number" step={1} min={0} max={10} />
          </label>
          <label>
            Which shared set
            <select name="setId" defaultValue="">
              <option value="">none</option>
              {open.map((s) => (
                <option key={s.id} value={s.id}>
                  {new Date(s.createdAt).toLocaleString()} ({s.analysis!.repsSeen} reps)
                </option>
              ))}
            </select>
          </label>
        </div>
        <p>
          <button type="submit" className="primary">
            Log set
          </button>
        </p>
      </form>
      <Feedback ok={notice} error={error} />
    </section>
  );
}
