/** Export the log as JSON or CSV, and import one (it replaces the log on this device). */
import { useState } from 'react';
import { parseTrainingLogCsv, trainingLogToCsv } from '../../../../src/formats/training-log/csv.js';
import { parseTrainingLogJson } from '../../../../src/formats/training-log/parse-training-log.js';
import { serializeTrainingLog } from '../../../../src/formats/training-log/serialize-training-log.js';
import type { TrainingLog } from '../../../../src/log/index.js';
import { downloadText } from '../../lib/download.js';
import type { SetLog } from './change-log.js';
import { ErrorAlert } from './ErrorAlert.js';
import { FilePicker } from './FilePicker.js';
import { errorText, nowIso } from './format.js';

export function Exports({
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
      setError(`${file.name}: ${errorText(err)}`);
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
      <ErrorAlert error={error} />
    </section>
  );
}
