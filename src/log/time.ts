/**
 * Date-time helpers for the log. "Now" is always an input; nothing here reads the clock, so every result is
 * reproducible. Times are ISO 8601 strings with their UTC offset, so the lifter's local date stays readable.
 */

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Whether a year, month (1-12) and day name a real calendar day (2026-02-30 does not; 2028-02-29 does). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether `text` is an ISO date-time with seconds optional and an explicit offset (Z or +hh:mm), on a real
 * calendar day (Date.parse would roll 2026-02-30 over to March 2).
 */
export function isIsoDateTime(text: string): boolean {
  const m = ISO_WITH_OFFSET.exec(text);
  if (m === null) return false;
  const [year, month, day, hour, minute] = [
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
  ];
  return isCalendarDate(year, month, day) && hour <= 23 && minute <= 59 && !Number.isNaN(Date.parse(text));
}

/** Milliseconds since the epoch of an ISO date-time (throws on text that is not one). */
export function isoToMs(iso: string): number {
  if (!isIsoDateTime(iso)) throw new RangeError(`not an ISO date-time with offset: ${JSON.stringify(iso)}`);
  return Date.parse(iso);
}

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** ISO date-time (seconds precision) of `ms` written in the local time of `offsetMin` minutes east of UTC. */
export function msToIso(ms: number, offsetMin = 0): string {
  const local = new Date(ms + offsetMin * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const zone =
    offsetMin === 0 ? 'Z' : `${offsetMin < 0 ? '-' : '+'}${pad(offsetMin / 60)}:${pad(offsetMin % 60)}`;
  return `${date}T${time}${zone}`;
}

/** The UTC offset of an ISO date-time, minutes east of UTC (so a later time can be written in the same zone). */
export function isoOffsetMin(iso: string): number {
  const m = ISO_WITH_OFFSET.exec(iso);
  const zone = m?.[7];
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/** The lifter's local calendar date of an ISO date-time, YYYY-MM-DD (as written, in its own offset). */
export function localDate(iso: string): string {
  return iso.slice(0, 10);
}

/** Monday of the ISO week that holds a YYYY-MM-DD date, as YYYY-MM-DD. */
export function weekStartDate(date: string): string {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const daysSinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  return msToIso(ms - daysSinceMonday * DAY_MS).slice(0, 10);
}
