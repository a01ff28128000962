/** Spotter's shell: one page per task, chosen by the URL hash (works offline and from any base path). */
import { useEffect, useState } from 'react';
import { AnalysePage } from './pages/AnalysePage.js';
import { CalibratePage } from './pages/CalibratePage.js';
import { CoachPage } from './pages/CoachPage.js';
import { LivePage } from './pages/LivePage.js';
import { LogPage } from './pages/LogPage.js';
import { TrainerPage } from './pages/trainer/TrainerPage.js';

const ROUTES = [
  ['analyse', 'Analyse'],
  ['live', 'Live'],
  ['calibrate', 'Safe depth'],
  ['coach', 'Coach'],
  ['log', 'Log'],
  ['trainer', 'Trainer'],
] as const;
type Route = (typeof ROUTES)[number][0];

function routeFromHash(): Route {
  // The first part names the page (#/trainer/client/<id> is the trainer page).
  const h = location.hash.replace(/^#\/?/, '').split('/')[0];
  return (ROUTES.find(([r]) => r === h)?.[0] ?? 'analyse') as Route;
}

export function App() {
  const [route, setRoute] = useState<Route>(routeFromHash);
  useEffect(() => {
    const on = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <h1>
          <span aria-hidden="true">◆</span> Spotter
        </h1>
        <nav aria-label="Main">
          {ROUTES.map(([r, label]) => (
            <a key={r} href={`#/${r}`} aria-current={route === r ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {route === 'analyse' && <AnalysePage />}
        {route === 'live' && <LivePage />}
        {route === 'calibrate' && <CalibratePage />}
        {route === 'coach' && <CoachPage />}
        {route === 'log' && <LogPage />}
        {route === 'trainer' && <TrainerPage />}
      </main>
      <footer>
        {route === 'trainer'
          ? 'Leg press back-safety coach · trainer pages: what you share is stored on this Spotter server; a video is uploaded only when you choose to · not medical advice'
          : 'Leg press back-safety coach · runs on this device, nothing is uploaded · not medical advice'}
      </footer>
    </>
  );
}
