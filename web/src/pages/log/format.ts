/** Small formatting and clock helpers the Log page's parts share. */
import { msToIso } from '../../../../src/log/index.js';

/** Now as an ISO date-time with this device's UTC offset. */
export const nowIso = (): string => {
  const ms = Date.now();
  return msToIso(ms, -new Date(ms).getTimezoneOffset());
};

/** `datetime-local` value (local wall time) -> ISO with this device's offset at that time. */
export function localInputToIso(value: string): string {
  const date = new Date(value);
  return msToIso(date.getTime(), -date.getTimezoneOffset());
}

/** A number with at most one decimal, or a dash when there is none. */
export const fmt = (v: number | null | undefined): string => (v == null ? '–' : String(Number(v.toFixed(1))));

/** The message of a thrown value. */
export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
