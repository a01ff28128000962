import { describe, expect, it } from 'vitest';
import { buildScenario, simulateSet } from '../sim/index.js';
import { replayLive } from './replay-live.js';

describe('replayLive', () => {
  it('counts a replayed set as live mode would, and says nothing a clean set does not earn', () => {
    const sim = simulateSet(buildScenario('clean', { repCount: 4, seed: 3 }));
    const replay = replayLive(sim.track);
    expect(replay.repCountAtEnd).toBe(sim.truth.reps.length);
    expect(replay.repCountLive).toBeGreaterThanOrEqual(sim.truth.reps.length - 1);
    expect(replay.cues.filter((c) => c.id !== 'exhale')).toEqual([]);
  });
});
