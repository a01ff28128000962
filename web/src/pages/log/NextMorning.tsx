/** Adds the next-morning back pain to the newest set (the core checks the score: checkPain). */
import { useState } from 'react';
import { checkPain, LOG_LIMITS as L, type LoggedSet } from '../../../../src/log/index.js';
import { ErrorAlert } from './ErrorAlert.js';
import { useEntryCheck } from './use-entry-check.js';

export function NextMorning({ set, onSave }: { set: LoggedSet; onSave: (score: number) => void }) {
  const [score, setScore] = useState('');
  const { error, passes } = useEntryCheck();
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (score.trim() === '') return;
        const nextMorning = Number(score);
        if (!passes(() => checkPain({ nextMorning }))) return;
        onSave(nextMorning);
        setScore('');
      }}
    >
      <label>
        Next-morning back pain for set {set.id} ({set.atIso.slice(0, 10)}){' '}
        <input
          type="number"
          min={L.pain.min}
          max={L.pain.max}
          step={1}
          required
          value={score}
          onChange={(e) => setScore(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        Save
      </button>
      <ErrorAlert error={error} inline />
    </form>
  );
}
