import type { ViewIssue } from './types.js';

/** One plain, actionable filming sentence per issue. */
export const VIEW_MESSAGES: Readonly<Record<ViewIssue['code'], string>> = {
  not_side_on: 'Move the camera so it looks at your side, level with your hips, about 3-4 m away.',
  knee_bend_flips:
    'Your knee seemed to bend both ways, which happens when the camera is behind or in front of you or the far leg is taken for the near one: film from straight side-on, near leg in clear view.',
  body_cut_off:
    'Move the camera back or re-aim it so your head, hips and knees stay in the picture for the whole set.',
  feet_cut_off: 'Move the camera back or lower it so your feet and the sled platform stay in the picture.',
  low_confidence:
    'Add light, film against a plain background and wear fitted clothes so your joints are easier to see.',
  joints_missing:
    'Keep the leg nearest the camera in clear view: nothing between the camera and your hip, knee and ankle.',
  too_small: 'Move the camera closer (about 3 m) or zoom in so you fill more of the picture.',
  no_person:
    'No one was found: film yourself on the leg press from the side, in good light, whole body in view.',
};
