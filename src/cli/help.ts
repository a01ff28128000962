/** Help texts: what each command does, its options, an example and where the exit codes are documented. */
import { SAFE_DEPTH_HELP } from './safe-depth.js';

export const TOP_HELP = `Spotter: a leg press back-safety coach.

Usage:
  spotter analyze <video> [options]            analyse a side-view video of a set
  spotter analyze --keypoints track.json [...]  analyse a saved keypoint track
  spotter calibrate --keypoints track.json     find your personal safe depth from a slow set
  spotter triage --answers answers.json        check back pain: doctor or coach?
  spotter log add --load KG --reps N           log a set; also log pain, show, next
  spotter serve [--port 8787] [--data DIR]     run the server for trainers and clinics (docs/server.md)
  spotter worker                               analyse uploaded videos for the server (DATABASE_URL)

Options:
  -h, --help      show help (also: spotter <command> --help)
  -v, --version   show the version

Exit codes: 0 ok, 1 alert-level faults (with --fail-on-alert), 2 usage, 3 bad input or output file,
4 analysis failed, 5 missing tool, 6 set not judged (with --fail-on-alert), 70 internal error.
See docs/cli.md.
`;

export const ANALYZE_HELP = `Usage:
  spotter analyze --keypoints track.json [--json out.json] [--html out.html] [--csv reps.csv] [--safe-depth DEG] [--quiet]
  spotter analyze <video> [options]     (video options: spotter analyze <video> --help)

Analyses a set of leg presses from a keypoint track (docs/track-format.md) and prints, rep by rep, what
went wrong and how to fix it.

Options:
  --keypoints FILE   keypoint track JSON to analyse
  --json FILE        also write the JSON report to FILE ("-" writes it to standard output instead of text)
  --safe-depth DEG   ${SAFE_DEPTH_HELP}
  --html FILE        also write a self-contained HTML report (plots, skeleton snapshots, plan)
  --csv FILE         also write the per-rep table as CSV (one row per rep, for a spreadsheet)
  --answers FILE     back-pain answers (docs/triage-answers.md): a red flag replaces training advice
  --log FILE         your training log (docs/log.md): rest, pain trend and load enter the coach plan
  --series           include down-sampled angle series in the JSON report (for plots)
  --fail-on-alert    exit 1 when an alert-level fault was found, 6 when the set could not be judged
  --color            colour the text output
  -q, --quiet        print nothing but errors
  -h, --help         show this help

Example:
  spotter analyze --keypoints fixtures/demo/demo-track.json --json report.json
`;

export const CALIBRATE_HELP = `Usage:
  spotter calibrate --keypoints track.json [--json out.json] [--quiet]

Finds your personal safe depth from a slow, light calibration set: the hip flexion at which your pelvis
starts to roll off the seat, minus a margin. Use the result with \`spotter analyze --safe-depth DEG\`.

Options:
  --keypoints FILE   keypoint track JSON of the calibration set
  --json FILE        also write the calibration as JSON to FILE ("-" for standard output)
  --color            colour the text output
  -q, --quiet        print nothing but errors
  -h, --help         show this help
`;
