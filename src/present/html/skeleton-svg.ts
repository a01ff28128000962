/** The model's skeleton as inline SVG, over the snapshot picture when there is one. */
import { LANDMARK_SETS, SKELETON_BONES as BONES } from '../../engine/index.js';
import { escapeHtml, num } from './escape-html.js';
import type { FaultSnapshot } from './types.js';

/** Below this model confidence a point is not drawn: a guessed joint would mislead more than a gap. */
const MIN_DRAW_SCORE = 0.2;

export function skeletonSvg(snapshot: FaultSnapshot, caption: string): string {
  const names = LANDMARK_SETS[snapshot.landmarkSet].names;
  const point = (name: string) => {
    const i = names.indexOf(name);
    const p = i < 0 ? null : (snapshot.keypoints[i] ?? null);
    return p !== null && p.score >= MIN_DRAW_SCORE ? p : null;
  };
  const w = snapshot.widthPx;
  const h = snapshot.heightPx;
  const stroke = num(Math.max(2, Math.min(w, h) / 120));
  const background =
    snapshot.imageDataUrl !== undefined
      ? `<image href="${escapeHtml(snapshot.imageDataUrl)}" x="0" y="0" width="${w}" height="${h}"/>`
      : `<rect x="0" y="0" width="${w}" height="${h}" fill="#f3f4f6"/>`;
  const bones = BONES.map(([a, b]) => {
    const p = point(a);
    const q = point(b);
    if (p === null || q === null) return '';
    // The far side is dashed, so near/far is readable without colour.
    const dash =
      a.startsWith('right_') && b.startsWith('right_') ? ` stroke-dasharray="${stroke} ${stroke}"` : '';
    return `<line x1="${num(p.x)}" y1="${num(p.y)}" x2="${num(q.x)}" y2="${num(q.y)}"${dash}/>`;
  }).join('');
  const joints = snapshot.keypoints
    .map((p) =>
      p !== null && p.score >= MIN_DRAW_SCORE
        ? `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${stroke}"/>`
        : '',
    )
    .join('');
  return (
    `<svg class="snapshot" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(caption)}">` +
    `<title>${escapeHtml(caption)}</title>${background}` +
    `<g stroke="#00e0ff" stroke-width="${stroke}" stroke-linecap="round" fill="none">${bones}</g>` +
    `<g fill="#ffffff" stroke="#003b46" stroke-width="1">${joints}</g></svg>`
  );
}
