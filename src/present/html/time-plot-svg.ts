/** A line plot over time as inline SVG, with rep boundaries and labelled fault markers (shape + text, not colour). */
import { escapeHtml, num } from './escape-html.js';

export interface PlotMarker {
  readonly atS: number;
  /** Short text drawn beside the marker, e.g. "R2 pelvic_tuck". */
  readonly label: string;
}

export interface TimePlotInput {
  readonly title: string;
  readonly unit: string;
  readonly tS: readonly number[];
  readonly values: readonly (number | null)[];
  readonly reps: readonly { readonly index: number; readonly startS: number; readonly endS: number }[];
  readonly markers: readonly PlotMarker[];
  readonly reference?: { readonly value: number; readonly label: string };
}

const W = 760;
const H = 200;
const PAD = { left: 52, right: 12, top: 22, bottom: 30 };

function niceStep(span: number, targetTicks: number): number {
  const raw = span / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalised = raw / magnitude;
  return (normalised < 1.5 ? 1 : normalised < 3.5 ? 2 : normalised < 7.5 ? 5 : 10) * magnitude;
}

export function timePlotSvg(input: TimePlotInput): string {
  const finite = input.values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (input.tS.length < 2 || finite.length < 2) {
    return `<p class="muted">${escapeHtml(input.title)}: not enough measurable frames to plot.</p>`;
  }
  const t0 = input.tS[0] ?? 0;
  const t1 = input.tS.at(-1) ?? 1;
  let lo = Math.min(...finite, input.reference?.value ?? Infinity);
  let hi = Math.max(...finite, input.reference?.value ?? -Infinity);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const margin = (hi - lo) * 0.08;
  lo -= margin;
  hi += margin;
  const x = (t: number) => PAD.left + ((t - t0) / Math.max(1e-9, t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);

  // Gaps (unmeasurable frames) break the line instead of being bridged.
  const paths: string[] = [];
  let current = '';
  input.values.forEach((v, i) => {
    const t = input.tS[i];
    if (v === null || !Number.isFinite(v) || t === undefined) {
      if (current !== '') paths.push(current);
      current = '';
      return;
    }
    current += `${current === '' ? 'M' : 'L'}${num(x(t))},${num(y(v))}`;
  });
  if (current !== '') paths.push(current);

  const yStep = niceStep(hi - lo, 4);
  const yTicks: string[] = [];
  for (let v = Math.ceil(lo / yStep) * yStep; v <= hi; v += yStep) {
    yTicks.push(
      `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${num(y(v))}" y2="${num(y(v))}"/>` +
        `<text x="${PAD.left - 6}" y="${num(y(v) + 4)}" text-anchor="end">${num(v, 2)}</text>`,
    );
  }
  const tStep = niceStep(t1 - t0, 8);
  const xTicks: string[] = [];
  for (let t = Math.ceil(t0 / tStep) * tStep; t <= t1; t += tStep) {
    xTicks.push(`<text x="${num(x(t))}" y="${H - 10}" text-anchor="middle">${num(t, 1)} s</text>`);
  }
  const reps = input.reps
    .map(
      (r) =>
        `<rect class="rep" x="${num(x(r.startS))}" y="${PAD.top}" width="${num(Math.max(1, x(r.endS) - x(r.startS)))}" height="${H - PAD.top - PAD.bottom}"/>` +
        `<line class="rep-edge" x1="${num(x(r.startS))}" x2="${num(x(r.startS))}" y1="${PAD.top}" y2="${H - PAD.bottom}"/>` +
        `<text x="${num(x(r.startS) + 3)}" y="${PAD.top + 11}">rep ${r.index}</text>`,
    )
    .join('');
  const reference =
    input.reference === undefined
      ? ''
      : `<line class="reference" x1="${PAD.left}" x2="${W - PAD.right}" y1="${num(y(input.reference.value))}" y2="${num(y(input.reference.value))}"/>` +
        `<text x="${W - PAD.right - 4}" y="${num(y(input.reference.value) - 4)}" text-anchor="end">${escapeHtml(input.reference.label)}</text>`;
  const markers = input.markers
    .map((m, i) => {
      const mx = x(m.atS);
      const my = PAD.top + 24 + (i % 3) * 12; // stagger labels of nearby faults
      return (
        `<g class="marker"><title>${escapeHtml(m.label)} at ${num(m.atS, 2)} s</title>` +
        `<line x1="${num(mx)}" x2="${num(mx)}" y1="${PAD.top}" y2="${H - PAD.bottom}"/>` +
        `<path d="M${num(mx)},${num(my - 5)}l5,5l-5,5l-5,-5z"/>` +
        `<text x="${num(mx + 7)}" y="${num(my + 4)}">${escapeHtml(m.label)}</text></g>`
      );
    })
    .join('');
  return (
    `<figure class="plot"><figcaption>${escapeHtml(input.title)} (${escapeHtml(input.unit)})</figcaption>` +
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(`${input.title} over time`)}">` +
    `${reps}${yTicks.join('')}${xTicks.join('')}${reference}` +
    paths.map((d) => `<path class="series" d="${d}"/>`).join('') +
    `${markers}</svg></figure>`
  );
}
