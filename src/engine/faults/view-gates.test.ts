import { describe, expect, it } from 'vitest';
import { buildContext, buildSet, view } from './test-support.js';
import { frontViewProblem, sideViewProblem } from './view-gates.js';

const set = buildSet([{}]);
const side = (v: ReturnType<typeof view>) => sideViewProblem(buildContext(set, { view: v }), 'the thing');
const front = (v: ReturnType<typeof view>) => frontViewProblem(buildContext(set, { view: v }));

describe('view gates', () => {
  it('side-view faults: side-on passes; front, too much yaw or an unknown view do not', () => {
    expect(side(view('side', 12))).toBeNull();
    expect(side(view('unknown', 5))).toBeNull();
    expect(side(view('front'))).toMatch(/faces you/);
    expect(side(view('side', 25))).toMatch(/25 degrees off side-on/);
    expect(side(view('unknown'))).toMatch(/could not be recognised/);
  });

  it('front-view faults: front passes; oblique, side and unknown do not', () => {
    expect(front(view('front'))).toBeNull();
    expect(front(view('oblique'))).toMatch(/oblique camera a bent knee looks like it caves in/);
    expect(front(view('side'))).toBe('A side view cannot show knees caving in; film from the front to check');
    expect(front(view('unknown'))).toMatch(/could not be recognised/);
  });
});
