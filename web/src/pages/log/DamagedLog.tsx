/** The stored log cannot be read: say why, offer to save its text, or start afresh keeping the old text aside. */
import { useState } from 'react';
import type { TrainingLog } from '../../../../src/log/index.js';
import { downloadText } from '../../lib/download.js';
import { resetDamagedLog } from '../../lib/log-store.js';

export function DamagedLog({
  error,
  raw,
  onFresh,
}: {
  error: string;
  raw: string;
  onFresh: (log: TrainingLog) => void;
}) {
  const [resetError, setResetError] = useState('');
  return (
    <section className="card sev-alert" role="alert">
      <h2>The training log on this device cannot be read</h2>
      <p>{error}</p>
      <p>
        Nothing was changed. Save its text to fix it by hand, or start a new log (the old text is kept aside).
      </p>
      <div className="row">
        <button
          type="button"
          className="button"
          onClick={() => downloadText('spotter-log-damaged.json', raw, 'application/json')}
        >
          Save the unreadable log
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            const fresh = resetDamagedLog(raw);
            if (fresh === null) {
              setResetError(
                'The browser has no room to keep the unreadable log aside, so it was left as it is. Save it first, then clear some site data.',
              );
            } else onFresh(fresh);
          }}
        >
          Start a new log
        </button>
      </div>
      {resetError && <p className="error">⚠ {resetError}</p>}
    </section>
  );
}
