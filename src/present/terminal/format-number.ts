/** Number formatting for the terminal; a missing value shows as "n/a" rather than NaN. */
export function fixed(value: number | null | undefined, decimals: number, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${value.toFixed(decimals)}${unit}`;
}

export const deg = (v: number | null | undefined): string => fixed(v, 1, '°');
export const secs = (v: number | null | undefined): string => fixed(v, 2, 's');
