/**
 * Model files for the browser: fetched from the app's own origin (copied there at build time), never a CDN.
 */
import type { ModelFileSource } from '../../pose/pose-estimator.js';

/** `baseUrl` is the folder holding `<model>.json` and its shards, e.g. `new URL('models/', location.href)`. */
export function createFetchModelFileSource(baseUrl: string | URL): ModelFileSource {
  const get = async (fileName: string): Promise<Response> => {
    // Flat names only: a manifest cannot point the app at another origin or folder.
    if (!/^[\w.-]+$/.test(fileName)) throw new Error(`Invalid model file name '${fileName}'.`);
    const url = new URL(fileName, baseUrl);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`Pose model file ${url.pathname} could not be loaded (HTTP ${res.status}).`);
    return res;
  };
  return {
    async readJson(fileName) {
      return (await get(fileName)).json() as Promise<unknown>;
    },
    async readBinary(fileName) {
      return (await get(fileName)).arrayBuffer();
    },
  };
}
