/** CLI entry point (compiled to dist/cli/main.js, launched by bin/spotter.js): wires Node's process to runCli. */
import { readPackageVersion } from '../adapters/node/package-version.js';
import { runCli } from './run-cli.js';

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  cwd: process.cwd(),
};

process.exitCode = await runCli(process.argv.slice(2), io, {
  version: readPackageVersion(),
  debug: process.env['SPOTTER_DEBUG'] === '1',
});
