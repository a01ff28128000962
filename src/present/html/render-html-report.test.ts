import { describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../engine/index.js';
import { renderHtmlReport } from './render-html-report.js';
import type { FaultSnapshot } from './types.js';

const tS = Array.from({ length: 61 }, (_, i) => i * 0.1);
const report: AnalysisReport = {
  schemaVersion: 1,
  input: {
    landmarkSet: 'movenet17',
    frameCount: 180,
    durationS: 6,
    meanFps: 30,
    imageWidthPx: 640,
    imageHeightPx: 360,
    model: 'movenet-thunder',
  },
  side: 'left',
  view: {
    view: 'side',
    yawDeg: 8,
    quality: 'good',
    meanConfidence: 0.7,
    bodyInFrame: true,
    feetInFrame: true,
    issues: [],
  },
  safeDepth: { hipFlexionDeg: 100, source: 'default' },
  verdict: { level: 'stop', headline: 'Your pelvis rolled off the seat in rep 2.' },
  reps: [
    {
      index: 1,
      startS: 0,
      bottomS: 1.5,
      endS: 3,
      kneeMinDeg: 92,
      hipFlexionMaxDeg: 95,
      eccentricS: 1.5,
      concentricS: 1.5,
      bottomDwellS: 0.2,
      hipDepartureMaxThighs: 0.02,
      concentricMeanVelocityShanksPerS: 0.5,
      faults: [],
    },
    {
      index: 2,
      startS: 3,
      bottomS: 4.5,
      endS: 6,
      kneeMinDeg: 80,
      hipFlexionMaxDeg: 112,
      eccentricS: 1.5,
      concentricS: 1.5,
      bottomDwellS: 0.1,
      hipDepartureMaxThighs: 0.15,
      concentricMeanVelocityShanksPerS: 0.45,
      faults: [
        {
          id: 'pelvic_tuck',
          severity: 'alert',
          confidence: 0.8,
          atS: 4.5,
          frames: [135],
          measure: { name: 'hipDeparture', value: 0.15, unit: 'thighs', threshold: 0.08 },
          fix: 'Stop each rep before your hips peel off the pad.',
        },
      ],
    },
  ],
  faults: [
    {
      id: 'pelvic_tuck',
      worstSeverity: 'alert',
      reps: [2],
      count: 1,
      meanConfidence: 0.8,
      fix: 'Stop each rep before your hips peel off the pad.',
    },
  ],
  notAssessable: [{ id: 'heel_lift', reason: 'MoveNet has no heel points.' }],
  topFixes: ['Stop each rep before your hips peel off the pad.'],
  ignoredMovements: [],
  series: {
    tS,
    kneeDeg: tS.map((t) => 130 + 40 * Math.cos((2 * Math.PI * t) / 3)),
    hipFlexionDeg: tS.map((t, i) => (i === 10 ? null : 80 + 30 * Math.sin((Math.PI * t) / 3) ** 2)),
    hipDepartureThighs: tS.map((t) => (t > 4 && t < 5 ? 0.15 : 0.01)),
  },
};

const snapshot: FaultSnapshot = {
  faultId: 'pelvic_tuck',
  repIndex: 2,
  atS: 4.5,
  imageDataUrl: 'data:image/jpeg;base64,/9j/AAAA',
  widthPx: 640,
  heightPx: 360,
  landmarkSet: 'movenet17',
  keypoints: Array.from({ length: 17 }, (_, i) => ({ x: 100 + i * 10, y: 200, score: 0.9 })),
};

describe('HTML report', () => {
  const html = renderHtmlReport({
    report,
    title: 'Leg press <set>',
    snapshots: [snapshot],
    notes: ['Very dark video.'],
  });

  it('is one self-contained page that needs nothing from the network', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('Leg press &lt;set&gt;'); // text is escaped
  });

  it('states the verdict, each fault with its fix, and what could not be judged', () => {
    expect(html).toContain('Stop and fix this first');
    expect(html).toContain('Stop each rep before your hips peel off the pad.');
    expect(html).toContain('heel_lift');
    expect(html).toContain('Very dark video.');
  });

  it('marks faults with a symbol and a word, not colour alone', () => {
    expect(html).toContain('▲ alert');
    expect(html).toMatch(/R2 pelvic_tuck/); // plot marker label
  });

  it('draws the snapshot with the skeleton over the picture', () => {
    expect(html).toContain('<image href="data:image/jpeg;base64,/9j/AAAA"');
    expect(html.match(/<line x1=/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
  });

  it('plots the three angle series with rep boundaries and breaks lines at gaps', () => {
    expect(html.match(/<figure class="plot">/g)).toHaveLength(3);
    expect(html).toContain('rep 2');
    expect(html).toContain('safe depth 100°');
    expect(html).not.toContain('NaN');
  });

  it('gives filming guidance only when the view is not good', () => {
    expect(html).not.toContain('How to film');
    const poor = renderHtmlReport({
      report: {
        ...report,
        view: {
          ...report.view,
          view: 'front',
          quality: 'poor',
          issues: [{ code: 'not_side_on', message: 'Film from the side.' }],
        },
      },
      title: 't',
      snapshots: [],
    });
    expect(poor).toContain('How to film for a full check');
    expect(poor).toContain('Film from the side.');
  });

  it('works from keypoints alone: the skeleton on a blank card', () => {
    const { imageDataUrl: _, ...bare } = snapshot;
    const out = renderHtmlReport({ report, title: 't', snapshots: [bare] });
    expect(out).not.toContain('<image');
    expect(out).toContain('<svg class="snapshot"');
  });
});
