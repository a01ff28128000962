/**
 * A stand-in for the pose models in tests: a seated lifter seen from the side doing 3 s leg press reps,
 * keyed by frame time (so decoding, timing, workers and reports are tested without loading a model).
 * `SPOTTER_FAKE_POSE` picks the scene: `lifter` (default), `none` (nobody found), `crowd` (two people in view),
 * `front` (front camera), `cut` (lifter partly out of frame), `fail` (the model throws after 6 s).
 * Frames darker than a night scene yield nobody, like a real model.
 */
import type { KeypointPx } from '../../../../engine/index.js';
import type {
  PoseEstimate,
  PoseEstimator,
  PoseModelName,
  RgbFrame,
} from '../../../../pose/pose-estimator.js';

const REP_PERIOD_S = 3;

function legPressPose(tS: number, w: number, h: number, sideGapPx: number): (KeypointPx | null)[] {
  const u = Math.min(w, h) / 360; // scale with the picture
  const phase = (1 - Math.cos((2 * Math.PI * tS) / REP_PERIOD_S)) / 2; // 0 top .. 1 bottom
  const kneeDeg = 170 - 80 * phase;
  const thigh = 90 * u;
  const hip = { x: 0.35 * w, y: 0.65 * h };
  const shoulder = { x: hip.x - 95 * u, y: hip.y - 85 * u }; // reclined back pad
  const sledDir = { x: Math.cos(-0.6), y: Math.sin(-0.6) }; // feet travel up and to the right
  const hipAnkle = 2 * thigh * Math.sin((kneeDeg * Math.PI) / 360);
  const ankle = { x: hip.x + sledDir.x * hipAnkle, y: hip.y + sledDir.y * hipAnkle };
  const half = Math.sqrt(Math.max(0, thigh * thigh - (hipAnkle / 2) ** 2));
  const knee = { x: (hip.x + ankle.x) / 2 + sledDir.y * half, y: (hip.y + ankle.y) / 2 - sledDir.x * half };
  const ear = { x: shoulder.x - 20 * u, y: shoulder.y - 35 * u };
  const p = (q: { x: number; y: number }, dx = 0, score = 0.85): KeypointPx => ({
    x: q.x + dx,
    y: q.y,
    score,
  });
  const far = (q: { x: number; y: number }): KeypointPx => p(q, sideGapPx, 0.55);
  // MoveNet order: nose, eyes, ears, shoulders, elbows, wrists, hips, knees, ankles (left = near side).
  return [
    p({ x: ear.x + 15 * u, y: ear.y + 5 * u }),
    p(ear, 10 * u),
    far({ x: ear.x + 10 * u, y: ear.y }),
    p(ear),
    far(ear),
    p(shoulder),
    far(shoulder),
    p({ x: shoulder.x + 40 * u, y: shoulder.y + 30 * u }),
    far({ x: shoulder.x + 40 * u, y: shoulder.y + 30 * u }),
    p({ x: hip.x + 10 * u, y: hip.y - 5 * u }),
    far({ x: hip.x + 10 * u, y: hip.y - 5 * u }),
    p(hip),
    far(hip),
    p(knee),
    far(knee),
    p(ankle),
    far(ankle),
  ];
}

/**
 * `front`: filmed from the front, both sides of the body far apart and the leg seen end-on (short thigh).
 * `cut`: the camera cuts the lifter off, feet and knees beyond the right edge of the picture.
 */
function transformPoint(scene: string, p: KeypointPx, frame: RgbFrame): KeypointPx {
  if (scene === 'front') {
    const cx = frame.widthPx / 2;
    return { x: cx + (p.x - cx) * 0.15, y: p.y, score: p.score };
  }
  if (scene === 'cut') return { x: p.x + frame.widthPx * 0.45, y: p.y, score: p.score };
  return p;
}

function meanBrightness(frame: RgbFrame): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < frame.data.length; i += 3 * 101) {
    sum += frame.data[i] ?? 0;
    n++;
  }
  return n > 0 ? sum / n : 0;
}

export async function createEstimator(model: PoseModelName): Promise<PoseEstimator> {
  const scene = process.env.SPOTTER_FAKE_POSE ?? 'lifter';
  return {
    model,
    landmarkSet: 'movenet17',
    async estimate(frame: RgbFrame, tMs: number): Promise<PoseEstimate | null> {
      if (scene === 'fail' && tMs > 6000) throw new Error('fake model failure');
      if (scene === 'none' || meanBrightness(frame) < 8) return null;
      const keypoints = legPressPose(
        tMs / 1000,
        frame.widthPx,
        frame.heightPx,
        scene === 'front' ? frame.widthPx * 0.25 : frame.widthPx * 0.01,
      ).map((p) => (p === null ? null : transformPoint(scene, p, frame)));
      return {
        keypoints,
        score: 0.8,
        roi: { x: 0, y: 0, width: frame.widthPx, height: frame.heightPx },
        peopleInView: scene === 'crowd' ? 2 : 1,
      };
    },
    reset: () => undefined,
    dispose: () => undefined,
  };
}
