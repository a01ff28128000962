/**
 * Training log page: sets and pain stored on this device, the next-session recommendation with its reasons and
 * sources, a weekly volume and pain plot, and JSON/CSV export and import. Same pure core as `spotter log`.
 * This file holds the page's state (the stored log, the set being edited, the last message); its parts are in
 * ./log/ (one component per file).
 */
import { useEffect, useState } from 'react';
import { emptyLog, type LoggedSet, type TrainingLog } from '../../../src/log/index.js';
import { changeStoredLog, LOG_KEY, loadStoredLog } from '../lib/log-store.js';
import type { ChangeLog, SetLog } from './log/change-log.js';
import { DamagedLog } from './log/DamagedLog.js';
import { LogView } from './log/LogView.js';

export function LogPage() {
  const [stored] = useState(loadStoredLog);
  const [log, setLogState] = useState<TrainingLog | null>(stored.ok ? stored.log : null);
  const [persistent, setPersistent] = useState(stored.ok ? stored.persistent : true);
  const [editing, setEditing] = useState<LoggedSet | null>(null);
  const [message, setMessage] = useState('');

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
  const setLog: SetLog = (edit) => void change((l) => ({ log: edit(l), result: undefined }));

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
    return <DamagedLog error={stored.error} raw={stored.raw} onFresh={setLogState} />;
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
