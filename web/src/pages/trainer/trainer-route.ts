/** Where in the trainer pages the URL hash points: #/trainer, #/trainer/client/<id>, #/trainer/client/<id>/set/<id>. */
import { useEffect, useState } from 'react';

export type TrainerView =
  | { readonly kind: 'clients' }
  | { readonly kind: 'client'; readonly clientId: string }
  | { readonly kind: 'set'; readonly clientId: string; readonly setId: string };

export function trainerViewOf(hash: string): TrainerView {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] !== 'trainer' || parts[1] !== 'client' || !parts[2]) return { kind: 'clients' };
  if (parts[3] === 'set' && parts[4]) return { kind: 'set', clientId: parts[2], setId: parts[4] };
  return { kind: 'client', clientId: parts[2] };
}

export const clientHref = (clientId: string) => `#/trainer/client/${encodeURIComponent(clientId)}`;
export const setHref = (clientId: string, setId: string) =>
  `${clientHref(clientId)}/set/${encodeURIComponent(setId)}`;

export function useTrainerView(): TrainerView {
  const [view, setView] = useState(() => trainerViewOf(location.hash));
  useEffect(() => {
    const on = () => setView(trainerViewOf(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return view;
}
