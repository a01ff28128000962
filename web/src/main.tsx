import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Benchmark hook for scripts/bench-web.ts, loaded only when asked for.
if (new URLSearchParams(location.search).has('bench')) void import('./bench.js');

// Offline after the first visit: the service worker caches the app shell and the model files.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
