/** The leg press simulator's public surface: simulate a set, or build one from a preset scenario. */
export { simulateSet, type SimulateOptions } from './simulate-set.js';
export {
  buildScenario,
  cleanRep,
  withFault,
  fitFootHeight,
  SCENARIO_KINDS,
  type ScenarioKind,
  type ScenarioOptions,
} from './scenarios.js';
export { NOISE_PRESETS } from './noise.js';
export { createRng, deriveSeed, type Rng } from './prng.js';
export type { BodySize } from './anthropometry.js';
export type * from './types.js';
