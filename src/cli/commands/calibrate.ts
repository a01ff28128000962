import { calibrateFromTrack } from '../../engine/index.js';
import { formatCalibrationText } from '../../present/terminal/format-calibration.js';
import { CliError, EXIT, type CommandHandler } from '../command.js';
import { CALIBRATE_HELP } from '../help.js';
import { loadTrack } from '../load-track.js';
import { parseOptions } from '../parse-options.js';
import { Outputs } from '../outputs.js';
import { toJsonText } from '../write-output.js';

const OPTIONS = {
  keypoints: { type: 'string' },
  json: { type: 'string' },
  color: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `spotter calibrate`: personal safe depth from a slow calibration set. */
export const calibrateCommand: CommandHandler = async (args, io) => {
  const { values } = parseOptions(args, OPTIONS, 'spotter calibrate');
  if (values.help) {
    io.stdout(CALIBRATE_HELP);
    return EXIT.ok;
  }
  if (values.keypoints === undefined) {
    throw new CliError(
      'Nothing to calibrate from: give --keypoints track.json (a slow, light set to your usual depth).',
      EXIT.usage,
      'Run `spotter calibrate --help` for the options.',
    );
  }
  const outputs = await Outputs.check(io, {
    inputs: [{ path: values.keypoints, what: 'the keypoint track being calibrated from (--keypoints)' }],
    outputs: [{ flag: '--json', path: values.json, example: 'calibration.json' }],
  });
  const track = await loadTrack(values.keypoints);
  const calibration = calibrateFromTrack(track);
  await outputs.stage('--json', toJsonText(calibration));
  await outputs.commit(io);
  if (!values.quiet && values.json !== '-') {
    io.stdout(formatCalibrationText(calibration, { color: values.color === true }));
    if (values.json !== undefined) io.stdout(`\nJSON written to ${values.json}\n`);
  }
  return EXIT.ok;
};
