/** `--safe-depth DEG`: a personal safe depth typed in by the user, checked against the engine's depth config. */
import { DEPTH_DEFAULTS } from '../engine/index.js';
import { CliError, EXIT } from './command.js';

const MIN = DEPTH_DEFAULTS.minUserSafeHipFlexionDeg;
const MAX = DEPTH_DEFAULTS.maxUserSafeHipFlexionDeg;

/** The option's line in the help texts. */
export const SAFE_DEPTH_HELP = `your safe depth as hip flexion in degrees (${MIN}-${MAX}), e.g. from \`spotter calibrate\``;

export function parseSafeDepth(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < MIN || value > MAX) {
    throw new CliError(
      `--safe-depth must be a hip flexion angle between ${MIN} and ${MAX} degrees, got "${text}".`,
      EXIT.usage,
      'Use the number `spotter calibrate` printed, e.g. --safe-depth 100.',
    );
  }
  return value;
}
