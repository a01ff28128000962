/** The log's settings: rep goal and the machine's smallest load step (the core checks them: checkSettings). */
import { useState } from 'react';
import {
  changeSettings,
  checkSettings,
  LOG_LIMITS as L,
  type LogSettings,
} from '../../../../src/log/index.js';
import type { SetLog } from './change-log.js';
import { ErrorAlert } from './ErrorAlert.js';
import { RepGoalInput } from './RepGoalInput.js';
import { useEntryCheck } from './use-entry-check.js';

export function SettingsForm({ settings, setLog }: { settings: LogSettings; setLog: SetLog }) {
  const [target, setTarget] = useState(String(settings.targetReps));
  const [plate, setPlate] = useState(String(settings.plateIncrementKg));
  const { error, passes } = useEntryCheck();
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        const next: LogSettings = { targetReps: Number(target), plateIncrementKg: Number(plate) };
        if (passes(() => checkSettings(next))) setLog((l) => changeSettings(l, next));
      }}
    >
      <RepGoalInput value={target} onChange={(e) => setTarget(e.target.value)} />
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
      <ErrorAlert error={error} inline />
    </form>
  );
}
