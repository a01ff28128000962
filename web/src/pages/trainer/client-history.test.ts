/** The trainer's view of a client's history: the log's own summaries and weeks over shared and logged sets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTrack } from '../../../../src/engine/index.js';
import { parseKeypointTrackJson } from '../../../../src/formats/keypoint-track/index.js';
import { summarizeReport } from '../../../../src/log/index.js';
import { clientHistory } from './client-history.js';

const report = JSON.parse(
  JSON.stringify(
    analyzeTrack(
      parseKeypointTrackJson(
        readFileSync(new URL('../../../../fixtures/demo/demo-track.json', import.meta.url), 'utf8'),
      ),
    ),
  ),
) as Parameters<typeof summarizeReport>[0];
const summary = summarizeReport(report);

describe('clientHistory', () => {
  it('weeks from shared sets, logged sets and back-pain checks, in the viewer’s week', () => {
    const history = clientHistory(
      [
        { id: 's1', createdAt: '2026-11-17T10:00:00.000Z', source: 'device', report },
        { id: 's2', createdAt: '2026-11-24T10:00:00.000Z', source: 'server', report },
      ],
      [
        {
          id: 'e1',
          createdAt: '2026-11-24T11:00:00.000Z',
          setId: 's2',
          entry: {
            atIso: '2026-11-24T11:00:00+01:00',
            exercise: 'leg_press',
            loadKg: 140,
            reps: 8,
            analysis: summary,
            pain: { during: 2, nextMorning: 4 },
          },
        },
      ],
      [
        {
          id: 't1',
          createdAt: '2026-12-02T09:00:00.000Z',
          result: { level: 'self_care', answers: { painScore: 5 } },
        },
      ],
      '2026-12-03T12:00:00+01:00',
      60,
    );
    expect(history.sets.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(history.sets[0]!.analysis).toEqual(summary);
    expect(history.weeks.map((w) => w.weekStart)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
    const [first, second, third] = history.weeks;
    // The shared set no entry logs counts with its camera reps and no load.
    expect(first!.analysedSets).toBe(1);
    expect(first!.topSetKg).toBe(0);
    expect(first!.reps).toBe(summary.repsSeen);
    expect(first!.hipFlexionMaxDeg).toBe(summary.hipFlexionMaxDeg);
    expect(first!.eccentricMeanS).toBe(summary.eccentricMeanS);
    const faultReps = summary.faults.reduce((n, f) => n + f.count, 0);
    expect(first!.faultRepsPerSet).toBe(faultReps);
    // The logged set names s2, so s2 is counted once, with its load and pain.
    expect(second!.sets).toBe(1);
    expect(second!.topSetKg).toBe(140);
    expect(second!.painNextMorningMax).toBe(4);
    expect(third!.checkPainMax).toBe(5);
    expect(third!.sets).toBe(0);
  });

  it('a report it cannot read is listed without numbers, not dropped', () => {
    const history = clientHistory(
      [{ id: 'x', createdAt: '2026-11-17T10:00:00.000Z', source: 'device', report: { reps: 'no' } }],
      [],
      [],
      '2026-12-03T12:00:00Z',
      0,
    );
    expect(history.sets[0]!.analysis).toBeNull();
    expect(history.weeks).toEqual([]);
  });
});
