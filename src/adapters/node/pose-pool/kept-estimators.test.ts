import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeptEstimators, type KeptEstimators } from './kept-estimators.js';
import { estimatorEvents } from './test-support/counting-estimator.js';

const COUNTING = new URL('./test-support/counting-estimator.ts', import.meta.url).href;
let kept: KeptEstimators;
let before: { built: number; resets: number; disposed: number };
const since = () => {
  const e = estimatorEvents();
  return {
    built: e.built.slice(before.built),
    resets: e.resets.slice(before.resets),
    disposed: e.disposed.slice(before.disposed),
  };
};

beforeEach(() => {
  kept = createKeptEstimators();
  const e = estimatorEvents();
  before = { built: e.built.length, resets: e.resets.length, disposed: e.disposed.length };
});
afterEach(() => {
  kept.dispose();
  delete process.env.SPOTTER_FAKE_LOAD;
});

/** One video's use of a lent estimator: wait for it, then give it back. */
async function video(ok = true) {
  const loan = kept.lend(COUNTING, 'blazepose-full');
  const estimator = await loan.loading;
  const modelLoadMs = loan.modelLoadMs();
  loan.giveBack(ok);
  return { estimator, modelLoadMs };
}

describe('kept estimators (a job worker analysing video after video)', () => {
  it('loads the model once and forgets the tracking state before each later video', async () => {
    const first = await video();
    const second = await video();
    const third = await video();
    expect(second.estimator).toBe(first.estimator);
    expect(third.estimator).toBe(first.estimator);
    expect(since().built).toHaveLength(1);
    expect(since().resets).toHaveLength(2); // before the second and the third video
    expect(second.modelLoadMs).toBe(0);
    expect(since().disposed).toEqual([]);
  });

  it('disposes of an estimator whose video failed mid-way and loads a fresh one for the next', async () => {
    const first = await video(false);
    expect(since().disposed).toHaveLength(1);
    const next = await video();
    expect(next.estimator).not.toBe(first.estimator);
    expect(since().built).toHaveLength(2);
  });

  it('gives a second video asked for while the first holds the estimator one of its own, disposed of after', async () => {
    const held = kept.lend(COUNTING, 'blazepose-full');
    const heldEstimator = await held.loading;
    const other = await video();
    expect(other.estimator).not.toBe(heldEstimator);
    expect(since().disposed).toHaveLength(1);
    held.giveBack(true);
    expect((await video()).estimator).toBe(heldEstimator);
  });

  it('keeps one estimator per model', async () => {
    const full = await video();
    const lightning = kept.lend(COUNTING, 'movenet-lightning');
    expect(await lightning.loading).not.toBe(full.estimator);
    lightning.giveBack(true);
    expect(since().built).toHaveLength(2);
  });

  it('does not keep a model that failed to load: the next video tries again', async () => {
    process.env.SPOTTER_FAKE_LOAD = 'fail';
    const failing = kept.lend(COUNTING, 'blazepose-full');
    await expect(failing.loading).rejects.toThrow('fake load failure');
    failing.giveBack(false);
    delete process.env.SPOTTER_FAKE_LOAD;
    await video();
    expect(since().built).toHaveLength(1);
  });

  it('disposes of every kept estimator when the worker stops', async () => {
    await video();
    kept.dispose();
    expect(since().disposed).toHaveLength(1);
  });
});
