import { FAULT_LABELS, type FaultId } from '../../engine/index.js';

/**
 * The plain name of each fault. One table: the engine words its verdict headline with the same one
 * (src/engine/report/fault-labels.ts), so a fault reads the same in the headline and in every list.
 */
export const FAULT_NAMES: Readonly<Record<FaultId, string>> = FAULT_LABELS;

export function faultName(id: FaultId): string {
  return FAULT_NAMES[id] ?? id;
}

/** Where in the set a fault was seen: "whole set", "rep 2", "reps 1, 3". */
export function repsWhere(reps: readonly number[]): string {
  if (reps.length === 0) return 'whole set';
  return `rep${reps.length > 1 ? 's' : ''} ${reps.join(', ')}`;
}
