import { describe, expect, it } from 'vitest';
import type { FaultFinding, FaultId, Severity } from '../faults/types.js';
import type { FaultSummary, NotAssessableFault } from './types.js';
import { decideVerdict, KEY_REP_CHECKS, nothingJudged, type VerdictInput } from './verdict.js';

const reps = (n: number, notAssessed: readonly FaultId[] = []) =>
  Array.from({ length: n }, (_, i) => ({ index: i + 1, notAssessed }));

const na = (...ids: FaultId[]): NotAssessableFault[] =>
  ids.map((id) => ({ id, reason: `${id} could not be seen.` }));

function finding(id: FaultId, repIndex: number | null, severity: Severity): FaultFinding {
  return {
    id,
    repIndex,
    severity,
    confidence: 0.8,
    frames: [10],
    measure: { name: 'm', value: 1, unit: 'deg', threshold: 0.5 },
    fixCode: id,
    fix: `Fix ${id}.`,
  };
}

function summary(f: FaultFinding): FaultSummary {
  return {
    id: f.id,
    worstSeverity: f.severity,
    reps: f.repIndex === null ? [] : [f.repIndex],
    count: 1,
    meanConfidence: f.confidence,
    fix: f.fix,
  };
}

function verdictInput(extra: Partial<VerdictInput> & { findings?: FaultFinding[] } = {}): VerdictInput {
  const findings = extra.findings ?? [];
  return {
    summaries: findings.map(summary),
    findings,
    reps: reps(3),
    notAssessable: [],
    view: { view: 'side', quality: 'good' },
    ...extra,
  };
}

describe('decideVerdict: not judged', () => {
  it('no complete reps -> not_judged, saying why and how to refilm', () => {
    const v = decideVerdict(verdictInput({ reps: [], notAssessable: na(...KEY_REP_CHECKS) }));
    expect(v.level).toBe('not_judged');
    expect(v.params).toEqual({ why: 'no_reps', repCount: 0 });
    expect(v.headline).toMatch(/^Not judged: no complete rep was found/);
    expect(v.headline).toContain('from the side');
    expect(v.headline).toContain('whole body');
    expect(v.headline).toContain('from the top down to the bottom');
    expect(v.headline).not.toMatch(/\b(clean|minor|pass)\b/i);
  });

  it('no complete reps -> not_judged even when no check reported itself not assessable', () => {
    expect(decideVerdict(verdictInput({ reps: [] })).level).toBe('not_judged');
  });

  it('reps, but every key check not assessable for the set -> not_judged', () => {
    const v = decideVerdict(verdictInput({ notAssessable: na(...KEY_REP_CHECKS) }));
    expect(v.level).toBe('not_judged');
    expect(v.params).toEqual({ why: 'joints_unseen', repCount: 3 });
    expect(v.headline).toContain('3 reps were found, but neither back check');
    expect(v.headline).toContain('not seen clearly');
  });

  it('reps with lowering speed and lockout judged but neither back check (pelvis, depth) -> not_judged, not clean', () => {
    const v = decideVerdict(verdictInput({ notAssessable: na('pelvic_tuck', 'too_deep') }));
    expect(v.level).toBe('not_judged');
    // One back check made is a basis for clean.
    expect(decideVerdict(verdictInput({ notAssessable: na('pelvic_tuck') })).level).toBe('clean');
  });

  it('reps, but every key check unseen in every rep -> not_judged', () => {
    const v = decideVerdict(verdictInput({ reps: reps(2, KEY_REP_CHECKS) }));
    expect(v.level).toBe('not_judged');
  });

  it('key checks out partly for the set and partly per rep still count as nothing judged', () => {
    const input = verdictInput({
      notAssessable: na('pelvic_tuck', 'too_deep', 'knee_lockout'),
      reps: reps(2, ['fast_eccentric']),
    });
    expect(nothingJudged(input)).toBe(true);
    expect(decideVerdict(input).level).toBe('not_judged');
  });

  it('says the camera view is why when it was poor or not side-on', () => {
    const poor = decideVerdict(
      verdictInput({ notAssessable: na(...KEY_REP_CHECKS), view: { view: 'side', quality: 'poor' } }),
    );
    expect(poor.params).toMatchObject({ why: 'poor_view' });
    expect(poor.headline).toContain('camera view was too poor');
    const front = decideVerdict(
      verdictInput({ notAssessable: na(...KEY_REP_CHECKS), view: { view: 'front', quality: 'fair' } }),
    );
    expect(front.params).toMatchObject({ why: 'not_side_on' });
    expect(front.headline).toContain('camera was not side-on');
  });

  it('a minor finding from another check does not turn a set with no key check into minor', () => {
    const v = decideVerdict(
      verdictInput({ notAssessable: na(...KEY_REP_CHECKS), findings: [finding('heel_lift', 2, 'info')] }),
    );
    expect(v.level).toBe('not_judged');
    expect(v.params).toMatchObject({ seen: { fault: 'heel_lift', reps: [2] } });
    expect(v.headline).toContain('Seen anyway: heels lifted off the platform in rep 2.');
  });

  it('a finding serious enough to stop or fix keeps its level even when the key checks were not made', () => {
    const stop = decideVerdict(
      verdictInput({
        notAssessable: na(...KEY_REP_CHECKS),
        findings: [finding('velocity_loss', null, 'alert')],
      }),
    );
    expect(stop.level).toBe('stop');
    const fix = decideVerdict(
      verdictInput({ notAssessable: na(...KEY_REP_CHECKS), findings: [finding('head_lift', 1, 'alert')] }),
    );
    expect(fix.level).toBe('fix_before_adding_load');
  });
});

describe('decideVerdict: judged sets', () => {
  it('reps with some key check judged and no finding -> clean', () => {
    const v = decideVerdict(verdictInput());
    expect(v).toEqual({
      level: 'clean',
      params: { repCount: 3, someChecksNotMade: false },
      headline: 'Clean set: 3 reps, no faults seen.',
    });
  });

  it('one back check judged in one rep is enough for clean, with the caveat', () => {
    const input = verdictInput({
      notAssessable: na('pelvic_tuck', 'knee_lockout'),
      reps: [
        { index: 1, notAssessed: ['too_deep'] },
        { index: 2, notAssessed: [] },
      ],
    });
    expect(nothingJudged(input)).toBe(false);
    const v = decideVerdict(input);
    expect(v.level).toBe('clean');
    expect(v.headline).toContain('in what could be judged');
  });

  it('checks other than the key ones not assessable do not stop a clean verdict', () => {
    const v = decideVerdict(verdictInput({ notAssessable: na('heel_lift', 'knee_valgus') }));
    expect(v.level).toBe('clean');
    expect(v.headline).toContain('some checks were not possible');
  });

  it('a per-rep unseen check puts the caveat on a clean headline', () => {
    const v = decideVerdict(verdictInput({ reps: [...reps(2), { index: 3, notAssessed: ['pelvic_tuck'] }] }));
    expect(v.level).toBe('clean');
    expect(v.headline).toContain('in what could be judged');
  });

  it('keeps the ladder for judged sets: stop, fix before adding load, minor', () => {
    expect(decideVerdict(verdictInput({ findings: [finding('pelvic_tuck', 2, 'alert')] })).level).toBe(
      'stop',
    );
    expect(decideVerdict(verdictInput({ findings: [finding('too_deep', 1, 'warn')] })).level).toBe(
      'fix_before_adding_load',
    );
    const minor = decideVerdict(verdictInput({ findings: [finding('fast_eccentric', 1, 'warn')] }));
    expect(minor).toEqual({
      level: 'minor',
      params: { fault: 'fast_eccentric', reps: [1] },
      headline: 'Mostly good; one thing to watch: sled lowered too fast in rep 1.',
    });
  });
});
