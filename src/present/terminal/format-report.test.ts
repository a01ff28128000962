import { describe, expect, it } from 'vitest';
import type { AnalysisReport, RepReport } from '../../engine/index.js';
import { formatCalibrationText } from './format-calibration.js';
import { formatReportText } from './format-report.js';

function rep(index: number, faults: RepReport['faults'] = []): RepReport {
  return {
    index,
    startS: index * 3,
    bottomS: index * 3 + 1.5,
    endS: index * 3 + 2.9,
    kneeMinDeg: 88.4,
    hipFlexionMaxDeg: 104.2,
    eccentricS: 1.5,
    concentricS: 1.4,
    bottomDwellS: 0.1,
    hipDepartureMaxThighs: 0.05,
    concentricMeanVelocityShanksPerS: 0.4,
    faults,
  };
}

const measure = { name: 'hipDeparture', value: 0.2, unit: 'thighs', threshold: 0.15 } as const;

const report: AnalysisReport = {
  schemaVersion: 1,
  input: {
    landmarkSet: 'movenet17',
    frameCount: 300,
    durationS: 10,
    meanFps: 30,
    imageWidthPx: 640,
    imageHeightPx: 480,
  },
  side: 'left',
  view: {
    view: 'side',
    yawDeg: 5,
    quality: 'good',
    meanConfidence: 0.8,
    bodyInFrame: true,
    feetInFrame: true,
    issues: [],
  },
  safeDepth: { hipFlexionDeg: 100, source: 'default' },
  verdict: {
    level: 'stop',
    headline: 'Stop and lighten the load: pelvis rolled off the seat (butt wink) (rep 2).',
  },
  reps: [
    rep(1),
    rep(2, [
      {
        id: 'pelvic_tuck',
        severity: 'alert',
        confidence: 0.9,
        atS: 7.5,
        frames: [225],
        measure,
        fix: 'Stop higher.',
      },
      {
        id: 'fast_eccentric',
        severity: 'warn',
        confidence: 0.7,
        atS: 6,
        frames: [180],
        measure,
        fix: 'Lower for 2 s.',
      },
    ]),
  ],
  faults: [
    {
      id: 'pelvic_tuck',
      worstSeverity: 'alert',
      reps: [2],
      count: 1,
      meanConfidence: 0.9,
      fix: 'Stop higher.',
    },
    {
      id: 'fast_eccentric',
      worstSeverity: 'warn',
      reps: [2],
      count: 1,
      meanConfidence: 0.7,
      fix: 'Lower for 2 s.',
    },
  ],
  notAssessable: [{ id: 'heel_lift', reason: 'MoveNet has no heel points.' }],
  topFixes: ['Stop higher.', 'Lower for 2 s.'],
  ignoredMovements: [],
};

describe('formatReportText', () => {
  const text = formatReportText(report);

  it('leads with the verdict and shows the safe depth', () => {
    expect(text).toContain('Verdict: STOP - Stop and lighten the load');
    expect(text).toMatch(/Safe depth: hip flexion up to 100\.0° \(default/);
  });

  it('has one table row per rep with times, knee min, hip flexion, tempo and text fault markers', () => {
    const rows = text.split('\n').filter((l) => /^\s+\d+\s+\d/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(
      /6\.00s\s+7\.50s\s+8\.90s\s+88\.4°\s+104\.2°\s+1\.50s\s+1\.40s\s+!! pelvic_tuck, ! fast_eccentric/,
    );
    expect(rows[0]).toMatch(/-$/);
    expect(text).toContain('Markers: !! alert');
  });

  it('shows a phase the clip cut off as "cut off", never as a fast time', () => {
    const cut: AnalysisReport = {
      ...report,
      reps: [
        { ...rep(1), cutOff: 'start' },
        { ...rep(2), cutOff: 'end' },
      ],
    };
    const lines = formatReportText(cut).split('\n');
    const row = (n: number) => lines.find((l) => l.trimStart().startsWith(`${n} `))!;
    expect(row(1)).toContain('cut off');
    expect(row(1)).toContain('1.40s');
    expect(row(2)).toContain('1.50s');
    expect(row(2)).toContain('cut off');
  });

  it('lists top fixes in order and what was not assessable with why', () => {
    expect(text).toMatch(/Top fixes:\n {2}1\. Stop higher\.\n {2}2\. Lower for 2 s\./);
    expect(text).toContain('heel_lift: MoveNet has no heel points.');
  });

  it('has no ANSI escapes unless colour is asked for', () => {
    expect(text).not.toContain('\u001b[');
    const colored = formatReportText(report, { color: true });
    expect(colored).toContain('\u001b[31m');
    // eslint-disable-next-line no-control-regex
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(text);
  });

  it('gives filming guidance when the view is poor', () => {
    const poor = formatReportText({
      ...report,
      view: {
        ...report.view,
        quality: 'poor',
        view: 'front',
        issues: [{ code: 'not_side_on', message: 'The camera faces the lifter.' }],
      },
    });
    expect(poor).toContain('quality POOR');
    expect(poor).toContain('  - The camera faces the lifter.');
    expect(poor).toContain('Filming:');
    expect(text).not.toContain('Filming:');
  });

  it('marks faults not visible in a rep with ?', () => {
    const r = formatReportText({ ...report, reps: [{ ...rep(1), notAssessed: ['pelvic_tuck'] }] });
    expect(r).toMatch(/\? pelvic_tuck/);
  });

  it('shows missing numbers as n/a, never NaN', () => {
    const r = formatReportText({ ...report, reps: [{ ...rep(1), kneeMinDeg: Number.NaN }] });
    expect(r).toContain('n/a');
    expect(r).not.toContain('NaN');
  });

  it('says so when there are no reps', () => {
    expect(formatReportText({ ...report, reps: [] })).toContain('No complete reps found.');
  });
});

describe('formatCalibrationText', () => {
  it('prints the safe depth, the tuck onset and how to use it', () => {
    const text = formatCalibrationText({
      tuckOnsetHipFlexionDeg: 108.2,
      safeDepth: { hipFlexionDeg: 103.2, source: 'calibration' },
      maxHipFlexionDeg: 118,
      confidence: 0.8,
      explanation: 'The pelvis lifted at 108 deg.',
    });
    expect(text).toContain('Safe depth: hip flexion up to 103.2°');
    expect(text).toContain('roll at 108.2°');
    expect(text).toContain('--safe-depth 103');
  });

  it('says when the pelvis never rolled', () => {
    const text = formatCalibrationText({
      tuckOnsetHipFlexionDeg: null,
      safeDepth: { hipFlexionDeg: 100, source: 'default' },
      maxHipFlexionDeg: 90,
      confidence: 0.3,
      explanation: 'No roll seen.',
    });
    expect(text).toContain('did not roll');
  });
});
