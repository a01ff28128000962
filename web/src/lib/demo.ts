/** The bundled demo: a keypoint track precomputed by the real model (scripts/make-demo.ts) and its video. */
import { parseKeypointTrackJson } from '../../../src/formats/keypoint-track/index.js';
import type { KeypointTrack } from '../../../src/engine/index.js';

export interface DemoSet {
  readonly track: KeypointTrack;
  readonly videoUrl?: string;
  readonly name: string;
}

async function exists(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'HEAD' });
    return res.ok && !(res.headers.get('content-type') ?? '').includes('text/html');
  } catch {
    return false;
  }
}

export async function loadDemo(): Promise<DemoSet> {
  const res = await fetch('demo/demo-track.json');
  if (!res.ok) throw new Error(`The demo track could not be loaded (HTTP ${res.status}).`);
  const track = parseKeypointTrackJson(await res.text());
  for (const ext of ['mp4', 'webm']) {
    const url = `demo/demo.${ext}`;
    if (await exists(url)) return { track, videoUrl: url, name: `demo.${ext}` };
  }
  return { track, name: track.source?.file ?? 'demo set' };
}
