/** A number for a table cell: fixed digits and a unit, or a dash when there is none. */
export const cell = (v: number | null | undefined, digits = 0, unit = ''): string =>
  v === null || v === undefined ? '–' : `${v.toFixed(digits)}${unit}`;
