/** Load arithmetic on a machine that only changes in plate steps. */

/** Rounds to the nearest multiple of `incrementKg` (halves up), without floating-point dust (120.00000001). */
export function roundToIncrement(loadKg: number, incrementKg: number): number {
  const steps = Math.round(loadKg / incrementKg + 1e-9);
  return Number((steps * incrementKg).toFixed(3));
}

/**
 * The load step for a percentage of the working load, in whole plate increments: the nearest multiple, but at
 * least one increment (a smaller change cannot be made on the machine).
 */
export function plateStep(loadKg: number, percent: number, incrementKg: number): number {
  return Math.max(incrementKg, roundToIncrement((loadKg * percent) / 100, incrementKg));
}
