/**
 * Why a check could not be made, in words for where it is shown. The engine gives every reason in its own words
 * (`reason`, naming no CLI option) and, for the reasons that send the lifter to another pose model, a code with
 * parameters: the CLI names its `--model` option, the web app its Model menu on the Analyse page.
 */
import type { AnalysisReport, NotAssessable } from '../../engine/index.js';
import type { Surface } from './surface.js';

/** How the app names the pose models (its Model menu, web/src/pages/AnalysePage.tsx). */
const MODEL_MENU_WORDS: Readonly<Record<string, string>> = {
  'movenet-lightning': 'MoveNet Lightning',
  'movenet-thunder': 'MoveNet Thunder',
  'blazepose-full': 'BlazePose',
  'blazepose-heavy': 'BlazePose heavy',
};

/** Where to pick the pose model that sees heels and toes. */
function footModelChoice(surface: Surface): string {
  return surface === 'cli'
    ? 'BlazePose (--model blazepose-full)'
    : 'BlazePose ("Feet and heels (BlazePose)" in the Model menu on the Analyse page)';
}

/**
 * The reason in words for `surface`: the reasons that send the lifter to another pose model are worded here, the
 * others (camera-view codes, or no code) are the engine's words.
 */
export function notAssessableWords(na: NotAssessable, surface: Surface): string {
  switch (na.code) {
    case undefined:
      return na.reason;
    default:
      // The camera-view reasons (view-gates.ts) read the same on every surface: the engine's words.
      return na.reason;
    case 'needs_foot_landmarks': {
      const model = na.params.landmarkSet === 'movenet17' ? 'MoveNet has' : 'This pose model gives';
      return `${model} no heel landmarks; use ${footModelChoice(surface)} to check heels.`;
    }
    case 'hip_point_unclear':
      return (
        `The hip point wanders by about ${na.params.wanderPercent}% of a thigh length from frame to frame, as ` +
        'much as the lift being checked, so whether your hips leave the seat pad cannot be judged; film side-on ' +
        `with your hips clearly visible and well lit, or use a more accurate pose model: ${footModelChoice(surface)}.`
      );
    case 'knee_top_ambiguous': {
      const p = na.params;
      const id = p.model;
      const model =
        id === undefined
          ? 'this pose model'
          : surface === 'cli'
            ? id
            : `The pose model (${MODEL_MENU_WORDS[id] ?? id})`;
      return (
        `${model} reads a real straight knee as little as ${p.straightReadsFromDeg.toFixed(0)} deg, and your ` +
        `knees stayed between that and ${p.warnKneeDeg.toFixed(0)} deg at the top, where a soft knee and a ` +
        'locked one look the same to it; so I could not check whether your knees lock at the top. Keep a clear ' +
        'bend you can see in the mirror.'
      );
    }
  }
}

/**
 * The report with its words for `surface`: each coded not-assessable reason worded here (the JSON report's
 * `reason`, beside its `code` and `params`). Everything else is the engine's, unchanged.
 */
export function wordReport(report: AnalysisReport, surface: Surface): AnalysisReport {
  return {
    ...report,
    notAssessable: report.notAssessable.map((na) =>
      na.code === undefined ? na : { ...na, reason: notAssessableWords(na, surface) },
    ),
  };
}
