/**
 * One client's history: the sets they shared or had analysed, weeks of depth, lowering time, faults per set and
 * pain (from the training log and back-pain checks), the log itself, and the ways to add to it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { msToIso } from '../../../../src/log/index.js';
import {
  getClient,
  getLog,
  listSets,
  listTriage,
  type Account,
  type ClientRecord,
  type ServerLogEntry,
  type SharedSet,
  type TriageCheck,
} from '../../lib/api-client.js';
import { clientHistory } from './client-history.js';
import { messageOf } from './feedback.js';
import { LogForm } from './LogForm.js';
import { PainChecks } from './PainChecks.js';
import { SetList } from './SetList.js';
import { SharePanel } from './SharePanel.js';
import { WeekPlots } from './WeekPlots.js';
import { WeekTrends } from './WeekTrends.js';

interface Loaded {
  readonly client: ClientRecord;
  readonly sets: readonly SharedSet[];
  readonly log: readonly ServerLogEntry[];
  readonly checks: readonly TriageCheck[];
}

export function ClientPage({ account, clientId }: { account: Account; clientId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    Promise.all([getClient(clientId), listSets(clientId), getLog(clientId), listTriage(clientId)])
      .then(([client, sets, log, checks]) => {
        setLoaded({ client, sets, log, checks });
        setError(null);
      })
      .catch((e: unknown) => setError(messageOf(e)));
  }, [clientId]);
  useEffect(reload, [reload]);

  const history = useMemo(() => {
    if (loaded === null) return null;
    const offsetMin = -new Date().getTimezoneOffset();
    return clientHistory(loaded.sets, loaded.log, loaded.checks, msToIso(Date.now(), offsetMin), offsetMin);
  }, [loaded]);

  if (error !== null) {
    return (
      <section>
        <p className="error" role="alert">
          ⚠ {error}
        </p>
        <p>
          <a href="#/trainer">Back to the client list</a>
        </p>
      </section>
    );
  }
  if (loaded === null || history === null) return <p role="status">Loading the history…</p>;
  const recipient = account.role === 'client' ? 'your trainer' : loaded.client.name;
  return (
    <section aria-labelledby="client-title" data-testid="client-history">
      <p>
        <a href="#/trainer">← {account.role === 'trainer' ? 'All clients' : 'Your trainer'}</a>
      </p>
      <h2 id="client-title">{loaded.client.name}</h2>
      <WeekTrends weeks={history.weeks} />
      <WeekPlots weeks={history.weeks} />
      <SetList clientId={clientId} sets={history.sets} />
      <SharePanel clientId={clientId} recipient={recipient} onShared={reload} />
      <LogForm clientId={clientId} sets={history.sets} entries={loaded.log} onLogged={reload} />
      <PainChecks clientId={clientId} checks={loaded.checks} onChecked={reload} />
    </section>
  );
}
