/** Draws the model's skeleton on a canvas over the video (near side thicker, joints as dots). */
import {
  LANDMARK_SETS,
  SKELETON_BONES as BONES,
  type KeypointPx,
  type LandmarkSetId,
} from '../../../src/engine/index.js';

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
