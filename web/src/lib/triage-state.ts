/**
 * The latest back-pain check of this browser session, shared by every page: a red flag found on the Coach page
 * must win on the analysis view and its exports too (they read it through adviseSet, like the CLI). Kept in
 * sessionStorage (the answers, not the result: the result is recomputed with today's rules), so it lasts while
 * the tab is open and survives a reload, and goes when the tab is closed.
 */
import { useSyncExternalStore } from 'react';
import { parseTriageAnswers, triage, type TriageAnswers } from '../../../src/coach/index.js';
import type { TriageJson } from '../../../src/formats/triage/index.js';
import { wordTriage } from '../../../src/present/vocabulary/index.js';

export const TRIAGE_KEY = 'spotter.triageAnswers.v1';

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
let memory: TriageAnswers | null = null;
let cached: TriageJson | null | undefined;

/**
 * The triage result of the answers kept for this session, worded for the app (the core's codes with their words),
 * or null when there is none (or it is unreadable).
 */
export function loadTriageResult(): TriageJson | null {
  const raw = storage()?.getItem(TRIAGE_KEY);
  let answers = memory;
  if (raw != null) {
    try {
      answers = parseTriageAnswers(JSON.parse(raw)).answers;
    } catch {
      answers = memory;
    }
  }
  return answers === null ? null : wordTriage(triage(answers), 'app');
}

/** Keeps the answers of a check for this session (also in memory when the browser gives no storage). */
export function saveTriageAnswers(answers: TriageAnswers): void {
  memory = answers;
  try {
    storage()?.setItem(TRIAGE_KEY, JSON.stringify(answers));
  } catch {
    // quota or policy: the in-memory copy still serves this page
  }
  notify();
}

export function clearTriageAnswers(): void {
  memory = null;
  try {
    storage()?.removeItem(TRIAGE_KEY);
  } catch {
    // nothing stored
  }
  notify();
}

function notify(): void {
  cached = undefined;
  for (const l of listeners) l();
}

/** React hook: the session's triage result (re-rendered when a new check is made). */
export function useTriageResult(): TriageJson | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => (cached === undefined ? (cached = loadTriageResult()) : cached),
  );
}
