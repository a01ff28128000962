import { describe, expect, it } from 'vitest';
import { findingsOf, framesWithin, onlyFinding } from '../test-findings.js';
import {
  buildContext,
  buildSet,
  buildTrack,
  kneesInward,
  repFrames,
  setScore,
  view,
} from '../test-support.js';
import { kneeValgusDetector } from './detect-knee-valgus.js';

/** Knee offset (px) from the hip-ankle line giving an FPPA of `deg` with 100 px thigh and shank. */
const offsetFor = (deg: number) => 100 * Math.tan(((deg / 2) * Math.PI) / 180);

function caveIn(deg: number, kind: 'front' | 'oblique' = 'front') {
  const set = buildSet([{}, {}, {}]);
  const track = buildTrack(set);
  kneesInward(track, repFrames(set.reps[1]!, 'bottom', set), offsetFor(deg));
  return { set, ctx: buildContext(set, { track, view: view(kind) }) };
}

describe('knee_valgus', () => {
  it('warns past 10 deg and alerts past 15 deg FPPA from the front, in the right rep', () => {
    const warn = onlyFinding(kneeValgusDetector.detect(caveIn(12).ctx));
    expect([warn.repIndex, warn.severity]).toEqual([2, 'warn']);
    expect(warn.measure.value).toBeCloseTo(12, 5);
    const { set, ctx } = caveIn(20);
    const alert = onlyFinding(kneeValgusDetector.detect(ctx));
    expect(alert.severity).toBe('alert');
    expect(framesWithin(alert, set.reps[1]!.startFrame, set.reps[1]!.endFrame)).toBe(true);
  });

  it('stays quiet for knees over the feet, knees pushed out, and just below 10 deg', () => {
    expect(findingsOf(kneeValgusDetector.detect(caveIn(0).ctx))).toEqual([]);
    expect(findingsOf(kneeValgusDetector.detect(caveIn(-20).ctx))).toEqual([]);
    expect(findingsOf(kneeValgusDetector.detect(caveIn(9.5).ctx))).toEqual([]);
  });

  it('cannot be judged from a side view', () => {
    const { set } = caveIn(20);
    expect(kneeValgusDetector.detect(buildContext(set, { view: view('side') }))).toEqual({
      assessable: false,
      reason: 'A side view cannot show knees caving in; film from the front to check',
      code: 'side_view_no_width',
    });
  });

  it('is less confident, or not assessable, as the far leg is seen worse', () => {
    const { set, ctx } = caveIn(20);
    const clear = onlyFinding(kneeValgusDetector.detect(ctx)).confidence;
    const dim = ctx.track as ReturnType<typeof buildTrack>;
    setScore(dim, 'knee', repFrames(set.reps[1]!), 0.4, 'far');
    expect(onlyFinding(kneeValgusDetector.detect(ctx)).confidence).toBeLessThan(clear);
    setScore(
      dim,
      'ankle',
      Array.from({ length: set.frameCount }, (_, i) => i),
      0,
      'far',
    );
    expect(kneeValgusDetector.detect(ctx)).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/ankle/),
    });
  });

  it('cannot be judged from an oblique view, where the forward knee bend projects sideways', () => {
    const { ctx } = caveIn(20, 'oblique');
    expect(kneeValgusDetector.detect(ctx)).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/oblique/),
    });
  });

  it('cannot be judged from the front when the far leg is only guessed (low scores)', () => {
    const { set, ctx } = caveIn(20);
    const all = Array.from({ length: set.frameCount }, (_, i) => i);
    const guessed = ctx.track as ReturnType<typeof buildTrack>;
    for (const joint of ['hip', 'knee', 'ankle'] as const) setScore(guessed, joint, all, 0.2, 'far');
    expect(kneeValgusDetector.detect(ctx)).toMatchObject({
      assessable: false,
      reason: expect.stringMatching(/far-side hip .* 0% of frames/),
    });
  });
});
