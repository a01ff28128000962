/** Draws the model's skeleton on a canvas over the video (near side thicker, joints as dots). */
import { LANDMARK_SETS, type LandmarkSetId } from '../../../src/engine/core/landmarks.js';
import type { KeypointPx } from '../../../src/engine/core/track.js';

const BONES: readonly (readonly [string, string])[] = [
  ['left_ear', 'left_shoulder'],
  ['right_ear', 'right_shoulder'],
  ['left_shoulder', 'right_shoulder'],
  ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'],
  ['left_hip', 'right_hip'],
  ['left_hip', 'left_knee'],
  ['right_hip', 'right_knee'],
  ['left_knee', 'left_ankle'],
  ['right_knee', 'right_ankle'],
  ['left_ankle', 'left_heel'],
  ['right_ankle', 'right_heel'],
  ['left_heel', 'left_foot_index'],
  ['right_heel', 'right_foot_index'],
  ['left_shoulder', 'left_elbow'],
  ['right_shoulder', 'right_elbow'],
  ['left_elbow', 'left_wrist'],
  ['right_elbow', 'right_wrist'],
];
const MIN_SCORE = 0.2;

/**
 * `scale` maps track pixels to canvas pixels. `alert` draws the skeleton in the alert style (dashed, so it
 * does not rely on colour alone).
 */
export function drawSkeleton(
  ctx: CanvasRenderingContext2D,
  landmarkSet: LandmarkSetId,
  keypoints: readonly (KeypointPx | null)[],
  scale: number,
  alert = false,
): void {
  const names = LANDMARK_SETS[landmarkSet].names;
  const pt = (name: string) => {
    const k = keypoints[names.indexOf(name)];
    return k != null && k.score >= MIN_SCORE ? k : null;
  };
  const lw = Math.max(2, ctx.canvas.width / 160);
  ctx.lineCap = 'round';
  ctx.setLineDash(alert ? [lw * 3, lw * 2] : []);
  for (const [a, b] of BONES) {
    const p = pt(a);
    const q = pt(b);
    if (p === null || q === null) continue;
    ctx.strokeStyle = '#000';
    ctx.lineWidth = lw + 3;
    ctx.beginPath();
    ctx.moveTo(p.x * scale, p.y * scale);
    ctx.lineTo(q.x * scale, q.y * scale);
    ctx.stroke();
    ctx.strokeStyle = alert ? '#ff3b30' : '#ffd60a';
    ctx.lineWidth = lw;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const k of keypoints) {
    if (k == null || k.score < MIN_SCORE) continue;
    ctx.fillStyle = '#fff';
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(k.x * scale, k.y * scale, lw * 1.1, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}
