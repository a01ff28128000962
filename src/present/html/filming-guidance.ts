/** How to film a leg press set so every fault can be judged (shown when the view check is not good). */
export const FILMING_GUIDANCE: readonly string[] = [
  'Put the camera side-on to the machine, level with the hip, square to the sled (not from the front or behind).',
  'Keep the whole body and the sled in the frame for the whole set: head, back pad, hips, knees, feet and platform.',
  'Stand the camera 2-4 m away, steady (tripod or propped), in landscape.',
  'Film in good light, without a bright window behind the lifter, and keep other people out of the shot.',
];
