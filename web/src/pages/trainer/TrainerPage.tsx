/**
 * The trainer pages, served by `spotter serve`: sign up or log in, the client list, a client's history with its
 * trends, one set's full analysis view, and sharing a set. Everything here talks to the Spotter server this page
 * came from (bearer token in sessionStorage, no cookies); the rest of the app stays on the device.
 */
import { useEffect, useState } from 'react';
import { logOut, me, serverHealth, useToken, type Account } from '../../lib/api-client.js';
import { ClientPage } from './ClientPage.js';
import { ClientsPage } from './ClientsPage.js';
import { Feedback, messageOf } from './feedback.js';
import { SetPage } from './SetPage.js';
import { SignIn } from './SignIn.js';
import { useTrainerView } from './trainer-route.js';
import './trainer.css';

export function TrainerPage() {
  const token = useToken();
  const view = useTrainerView();
  const [server, setServer] = useState<'checking' | 'yes' | 'no'>('checking');
  const [account, setAccount] = useState<Account | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void serverHealth().then((ok) => alive && setServer(ok ? 'yes' : 'no'));
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    let alive = true;
    setAccount(null);
    if (token === null || server !== 'yes') return;
    me()
      .then((a) => alive && setAccount(a))
      .catch((e: unknown) => alive && setError(messageOf(e)));
    return () => {
      alive = false;
    };
  }, [token, server]);

  if (server === 'checking') return <p role="status">Connecting to the Spotter server…</p>;
  if (server === 'no') {
    return (
      <section className="trainer">
        <h2>Trainers and clients</h2>
        <p>
          These pages need a Spotter server: open the app from one (<code>npx spotter serve</code>, then its
          address). The rest of Spotter works without it, on this device.
        </p>
      </section>
    );
  }
  return (
    <div className="trainer">
      <p className="privacy">
        Trainer pages: what you share here is stored on this Spotter server and seen by your trainer (or your
        client). A set is shared as its report and body keypoints, analysed on your device; a video leaves
        your device only when you choose to upload it.
      </p>
      {token === null || account === null ? (
        <>
          {token !== null && error === null && <p role="status">Logging in…</p>}
          <Feedback error={error} />
          {token === null && <SignIn />}
        </>
      ) : (
        <>
          <div className="account-bar">
            <p>
              Logged in as <strong>{account.email}</strong> (
              {account.role === 'trainer' ? 'trainer' : 'client'})
            </p>
            <button
              type="button"
              onClick={() => {
                logOut();
                location.hash = '#/trainer';
              }}
            >
              Log out
            </button>
          </div>
          {view.kind === 'clients' && <ClientsPage account={account} />}
          {view.kind === 'client' && <ClientPage account={account} clientId={view.clientId} />}
          {view.kind === 'set' && <SetPage clientId={view.clientId} setId={view.setId} />}
        </>
      )}
    </div>
  );
}
