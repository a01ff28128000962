import type { CoachPlan } from '../../coach/index.js';
import { escapeHtml as e } from './escape-html.js';

/** The coach's plan as an HTML section: headline, then each section's items with why and specifics. */
export function planSection(plan: CoachPlan): string {
  const sections = plan.sections
    .map((section) => {
      const items = section.items
        .map((item) => {
          const because =
            item.because !== undefined ? `<br><span class="muted">${e(item.because)}</span>` : '';
          const details = (item.details ?? []).map((d) => `<li>${e(d)}</li>`).join('');
          return `<li><strong>${e(item.title)}</strong>: ${e(item.text)}${because}${details !== '' ? `<ul>${details}</ul>` : ''}</li>`;
        })
        .join('');
      return `<h3>${e(section.title)}</h3><ul>${items}</ul>`;
    })
    .join('');
  const banner = plan.mode === 'red_flag' ? 'verdict verdict-stop' : 'verdict';
  return `<section id="plan"><h2>Coach plan</h2><p class="${banner}">${plan.mode === 'red_flag' ? '!! ' : ''}${e(plan.headline)}</p>${sections}<p class="muted">${e(plan.note)}</p></section>`;
}
