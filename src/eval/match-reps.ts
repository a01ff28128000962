/** What matching reads of a counted rep: where its bottom is. */
export interface RepBottom {
  readonly bottomS: number;
}

/**
 * Counted reps matched to what is known about the set (true reps, labelled bottoms), one to one, greedily in the
 * targets' order: each target takes the unused rep it `accepts` whose bottom is nearest its time (the earlier rep
 * on a tie). Returns, per target, the index of its rep or -1. The one matching every evaluation uses
 * (simulated, rendered and real clips).
 */
export function matchReps<T>(
  targets: readonly T[],
  reps: readonly RepBottom[],
  accepts: (target: T, bottomS: number) => boolean,
  timeOf: (target: T) => number,
): number[] {
  const used = new Set<number>();
  return targets.map((target) => {
    const t = timeOf(target);
    let best = -1;
    for (let i = 0; i < reps.length; i++) {
      const bottomS = reps[i]!.bottomS;
      if (used.has(i) || !accepts(target, bottomS)) continue;
      if (best < 0 || Math.abs(bottomS - t) < Math.abs(reps[best]!.bottomS - t)) best = i;
    }
    if (best >= 0) used.add(best);
    return best;
  });
}

/** A true rep as matching and scoring read it (simulated or rendered truth). */
export interface TrueRepSpan {
  readonly startS: number;
  readonly bottomS: number;
  readonly endS: number;
}

/** Counted reps matched to true reps: the rep whose bottom falls inside the true rep, nearest its true bottom. */
export function matchTrueReps(truth: readonly TrueRepSpan[], reps: readonly RepBottom[]): number[] {
  return matchReps(
    truth,
    reps,
    (t, bottomS) => bottomS >= t.startS && bottomS <= t.endS,
    (t) => t.bottomS,
  );
}
