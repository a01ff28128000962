import { describe, expect, it } from 'vitest';
import type { ViewAssessment } from '../view/types.js';
import { buildContext, buildSet, view } from './test-support.js';
import type { FaultDetection, FaultFinding, FaultId, Severity } from './types.js';
import { applyViewNeeds, FAULT_VIEW_NEEDS, frontViewProblem, sideViewProblem } from './view-gates.js';

const set = buildSet([{}]);
const ctx = (v: ViewAssessment) => buildContext(set, { view: v });
const side = (v: ViewAssessment) => sideViewProblem(ctx(v), 'the thing')?.reason ?? null;
const front = (v: ViewAssessment) => frontViewProblem(ctx(v))?.reason ?? null;
/** A view whose knee bent the other way in `fraction` of its bent frames (view/knee-bend.ts). */
const flipping = (kind: ViewAssessment['view'], yawDeg: number, fraction: number): ViewAssessment => ({
  ...view(kind, yawDeg),
  kneeBendFlipFraction: fraction,
});

describe('view gates', () => {
  /** A view, and the side-view gate's answer: null (judged) or a pattern the reason must match. */
  const SIDE: readonly [string, ViewAssessment, RegExp | null][] = [
    ['side-on', view('side', 12), null],
    ['unknown view with a yaw', view('unknown', 5), null],
    ['side-on with a consistent knee', flipping('side', 8, 0), null],
    ['front or rear', view('front'), /faces you or is behind you/],
    ['too much yaw', view('side', 25), /25 degrees off side-on \(behind or in front of you\)/],
    ['unrecognised', view('unknown'), /could not be recognised/],
    [
      'knee bending both ways at a side-on yaw',
      flipping('oblique', 9, 0.12),
      /wrong way in 12% of the frames/,
    ],
    ['oblique at a side-on yaw', view('oblique', 15), /off side-on \(behind or in front of you\)/],
  ];

  it.each(SIDE)('side-view faults: %s', (_name, v, expected) => {
    const reason = side(v);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
    if (reason !== null) expect(reason).toMatch(/film from/);
  });

  it('front-view faults: front passes; oblique, side and unknown do not', () => {
    expect(front(view('front'))).toBeNull();
    expect(front(view('oblique'))).toMatch(/oblique camera a bent knee looks like it caves in/);
    expect(front(view('side'))).toBe('A side view cannot show knees caving in; film from the front to check');
    expect(front(view('unknown'))).toMatch(/could not be recognised/);
  });

  it('gives each view problem as a code with its numbers, beside the words', () => {
    const code = (v: ViewAssessment) => {
      const p = sideViewProblem(ctx(v), 'the thing');
      return p === null ? null : { code: p.code, params: p.params };
    };
    expect(code(view('front'))).toEqual({ code: 'camera_front', params: undefined });
    expect(code(view('side', 25))).toEqual({ code: 'camera_off_side_on', params: { yawDeg: 25 } });
    expect(code(view('unknown'))).toEqual({ code: 'view_unrecognised', params: undefined });
    expect(code(flipping('oblique', 9, 0.12))).toEqual({
      code: 'knee_bends_both_ways',
      params: { flipPercent: 12 },
    });
    expect(code(view('oblique', 15))).toEqual({ code: 'camera_oblique', params: undefined });
    expect(frontViewProblem(ctx(view('side')))?.code).toBe('side_view_no_width');
    expect(frontViewProblem(ctx(view('oblique')))?.code).toBe('oblique_looks_caving');
  });
});

function finding(id: FaultId, severity: Severity, repIndex: number | null = 1): FaultFinding {
  return {
    id,
    repIndex,
    severity,
    confidence: 0.8,
    frames: [0],
    measure: { name: 'm', value: 0.4, unit: 's', threshold: 0.6 },
    fixCode: id,
    fix: 'fix',
  };
}

describe('applyViewNeeds', () => {
  it('names what every fault needs to see', () => {
    expect(FAULT_VIEW_NEEDS.fast_eccentric.need).toBe('timing');
    expect(FAULT_VIEW_NEEDS.load_too_heavy.need).toBe('timing');
    expect(FAULT_VIEW_NEEDS.knee_valgus.need).toBe('front');
    for (const id of ['pelvic_tuck', 'too_deep', 'knee_lockout', 'bounce', 'head_lift'] as const)
      expect(FAULT_VIEW_NEEDS[id].need).toBe('side');
  });

  const detection = (): FaultDetection => ({
    findings: [
      finding('fast_eccentric', 'alert'),
      finding('fast_eccentric', 'warn', 2),
      finding('too_deep', 'alert'),
      finding('load_too_heavy', 'alert', null),
    ],
    notAssessable: [],
    unassessedReps: [{ id: 'fast_eccentric', reps: [3] }],
  });

  /**
   * A view, and what becomes of a fast-descent alert and warning, a too-deep alert and a load alert:
   * the severities kept, or 'na' (not assessable, with a reason matching the pattern).
   */
  const CASES: readonly [
    string,
    ViewAssessment,
    Severity[] | 'na',
    Severity | 'na',
    Severity | 'na',
    RegExp?,
  ][] = [
    ['side-on: every call stands', view('side', 10), ['alert', 'warn'], 'alert', 'alert'],
    [
      'oblique 35 deg: timing kept as notes, depth not judged',
      view('oblique', 35),
      ['info', 'info'],
      'na',
      'info',
    ],
    ['side-labelled 25 deg yaw: capped like oblique', view('side', 25), ['info', 'info'], 'na', 'info'],
    [
      'front or rear: nothing timed from the knee',
      view('front'),
      'na',
      'na',
      'na',
      /faces you or is behind you/,
    ],
    ['unrecognised view', view('unknown'), 'na', 'na', 'na', /could not be recognised/],
    ['knee bending both ways', flipping('oblique', 9, 0.12), 'na', 'na', 'na', /bending the wrong way/],
  ];

  it.each(CASES)('%s', (_name, v, fast, deep, load, reason) => {
    const out = applyViewNeeds(buildContext(set, { view: v }), detection());
    const severities = (id: FaultId) => out.findings.filter((f) => f.id === id).map((f) => f.severity);
    const na = (id: FaultId) => out.notAssessable.find((n) => n.id === id);
    if (fast === 'na') expect(na('fast_eccentric')?.reason).toMatch(reason ?? /./);
    else expect(severities('fast_eccentric')).toEqual(fast);
    if (deep === 'na') expect(na('too_deep')).toBeDefined();
    else expect(severities('too_deep')).toEqual([deep]);
    if (load === 'na') expect(na('load_too_heavy')).toBeDefined();
    else expect(severities('load_too_heavy')).toEqual([load]);
    // A fault not judged has no reps left "unassessed" either.
    expect(out.unassessedReps.length).toBe(fast === 'na' ? 0 : 1);
    expect(out.findings.every((f) => f.severity !== 'alert') || v.view === 'side').toBe(true);
  });

  it("keeps a detector's own reason and does not judge clean a timing fault the view cannot time", () => {
    const own = { id: 'load_too_heavy' as const, reason: 'The set has 2 reps.' };
    const out = applyViewNeeds(buildContext(set, { view: view('front') }), {
      findings: [],
      notAssessable: [own],
      unassessedReps: [],
    });
    expect(out.notAssessable).toContainEqual(own);
    expect(out.notAssessable.filter((n) => n.id === 'load_too_heavy')).toHaveLength(1);
    expect(out.notAssessable.find((n) => n.id === 'fast_eccentric')?.reason).toMatch(/film from the side/);
  });

  it('changes nothing side-on', () => {
    const d = detection();
    expect(applyViewNeeds(buildContext(set, { view: view('side', 5) }), d)).toEqual(d);
  });
});
