import type { CoachPlanJson, PlanItemJson } from '../../formats/analysis-report/index.js';
import { sourceWords } from '../vocabulary/source-words.js';
import { escapeHtml as e } from './escape-html.js';

/** Why an item is there and what it rests on, behind a "Why?" disclosure: never inline source tags. */
function whyDisclosure(item: PlanItemJson): string {
  const because = item.because !== undefined ? `<p>${e(item.because)}</p>` : '';
  const sources = item.sources.map((s) => `<li>${e(sourceWords(s))}</li>`).join('');
  if (because === '' && sources === '') return '';
  return `<details class="why"><summary>Why?</summary>${because}${sources !== '' ? `<p>Sources:</p><ul>${sources}</ul>` : ''}</details>`;
}

/** The coach's plan as an HTML section: headline, then each section's items with specifics and why. */
export function planSection(plan: CoachPlanJson): string {
  const sections = plan.sections
    .map((section) => {
      const items = section.items
        .map((item) => {
          const details = (item.details ?? []).map((d) => `<li>${e(d)}</li>`).join('');
          return `<li><strong>${e(item.title)}</strong>: ${e(item.text)}${details !== '' ? `<ul>${details}</ul>` : ''}${whyDisclosure(item)}</li>`;
        })
        .join('');
      return `<h3>${e(section.title)}</h3><ul>${items}</ul>`;
    })
    .join('');
  const banner = plan.mode === 'red_flag' ? 'verdict verdict-stop' : 'verdict';
  return `<section id="plan"><h2>Coach plan</h2><p class="${banner}">${plan.mode === 'red_flag' ? '!! ' : ''}${e(plan.headline)}</p>${sections}<p class="muted">${e(plan.note)}</p></section>`;
}
