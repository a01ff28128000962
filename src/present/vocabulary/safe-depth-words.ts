import type { SafeDepth } from '../../engine/index.js';
import type { Surface } from './surface.js';

/** Where a safe depth came from, in words (the coach plan's "your safe depth" detail). */
export const SAFE_DEPTH_SOURCE_WORDS: Readonly<Record<SafeDepth['source'], string>> = {
  calibration: 'from your calibration',
  user: 'as you set it',
  default: 'a general default until you calibrate',
};

/** The same, with how to calibrate when it is the default (the report's safe-depth line). */
export function safeDepthSourceWords(source: SafeDepth['source'], surface: Surface): string {
  if (source !== 'default') return SAFE_DEPTH_SOURCE_WORDS[source];
  return surface === 'cli'
    ? 'default; run `spotter calibrate` on a slow set to find yours'
    : 'a general default until you calibrate it on the Safe depth page';
}
