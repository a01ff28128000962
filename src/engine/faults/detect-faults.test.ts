import { describe, expect, it } from 'vitest';
import { detectFaults } from './detect-faults.js';
import { FAULT_DETECTORS } from './registry.js';
import { buildContext, buildSet, buildTrack, repFrames, setAt, setScore, view } from './test-support.js';
import { FAULT_IDS } from './types.js';

describe('detectFaults', () => {
  it('has one detector per fault id', () => {
    expect(FAULT_DETECTORS.map((d) => d.id)).toEqual([...FAULT_IDS]);
  });

  it('finds nothing in a clean side-view set and says knee valgus needs a front view', () => {
    const out = detectFaults(buildContext(buildSet([{}, {}, {}, {}])));
    expect(out.findings).toEqual([]);
    expect(out.notAssessable).toEqual([
      {
        id: 'knee_valgus',
        reason: 'A side view cannot show knees caving in; film from the front to check',
        code: 'side_view_no_width',
      },
    ]);
  });

  it('judges every fault exactly once: found or clean, or not assessable', () => {
    const set = buildSet([{ eccentricS: 0.5 }, { hipFlexionMaxDeg: 120 }, {}]);
    const track = buildTrack(set, { landmarkSet: 'movenet17' });
    set.kinematics.heelLiftDeg = undefined;
    const out = detectFaults(buildContext(set, { track }));
    expect(out.findings.map((f) => [f.id, f.repIndex])).toEqual([
      ['fast_eccentric', 1],
      ['too_deep', 2],
    ]);
    expect(out.notAssessable.map((n) => n.id).sort()).toEqual(['heel_lift', 'knee_valgus', 'load_too_heavy']);
    // Each reason as a code with its numbers, beside the words.
    expect(out.notAssessable.map((n) => [n.id, n.code, n.params])).toEqual([
      ['heel_lift', 'needs_foot_landmarks', { landmarkSet: 'movenet17' }],
      ['knee_valgus', 'side_view_no_width', undefined],
      ['load_too_heavy', 'too_few_reps', { reps: 3, minReps: 4 }],
    ]);
  });

  it('lists findings in rep order and reports reps it could not check', () => {
    const set = buildSet([{}, {}, { hipFlexionMaxDeg: 118 }]);
    setAt(set.kinematics.hipDepartureThighs, repFrames(set.reps[0]!, 'bottom', set), 0.2);
    const track = buildTrack(set);
    setScore(track, 'heel', repFrames(set.reps[1]!), 0);
    const out = detectFaults(buildContext(set, { track }));
    expect(out.findings.map((f) => f.repIndex)).toEqual([1, 3]);
    expect(out.unassessedReps).toContainEqual({ id: 'heel_lift', reps: [2] });
  });

  it('from the front or rear: only knee valgus is judged (the knee bend that times a rep barely shows)', () => {
    const out = detectFaults(buildContext(buildSet([{}, {}, {}, {}]), { view: view('front') }));
    const judged = FAULT_IDS.filter((id) => !out.notAssessable.some((n) => n.id === id));
    expect(judged).toEqual(['knee_valgus']);
  });

  it('from an oblique camera: timing is judged, a fast descent only as a note', () => {
    const set = buildSet([{ eccentricS: 0.3 }, {}, {}, {}]);
    const side = detectFaults(buildContext(set));
    expect(side.findings.map((f) => [f.id, f.severity])).toEqual([['fast_eccentric', 'alert']]);
    const out = detectFaults(buildContext(set, { view: view('oblique', 35) }));
    const judged = FAULT_IDS.filter((id) => !out.notAssessable.some((n) => n.id === id));
    expect(judged).toEqual(['fast_eccentric', 'load_too_heavy']);
    expect(out.findings.map((f) => [f.id, f.severity])).toEqual([['fast_eccentric', 'info']]);
  });
});
