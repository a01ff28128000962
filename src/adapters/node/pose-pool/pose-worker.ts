/** Worker entry: decodes its own time range with its own ffmpeg and runs its own estimator (own tfjs backend). */
import { parentPort, workerData } from 'node:worker_threads';
import { estimateSegment } from './estimate-segment.js';
import { startEstimatorLoad } from './estimator-module.js';
import type { WorkerJob, WorkerMessage } from './worker-protocol.js';
import type { PoseSample } from './pose-sample.js';
import { packBatch } from './sample-batch.js';

const job = workerData as WorkerJob;
/** Frames per message: ~2 s of video, so progress stays live and each batch's keypoints share one buffer. */
const BATCH_FRAMES = 32;
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

async function run(): Promise<void> {
  // Not awaited here: estimateSegment starts ffmpeg while the model loads.
  const load = startEstimatorLoad(job.estimatorModuleUrl, job.model);
  let batch: PoseSample[] = [];
  try {
    const result = await estimateSegment(job.decode, load.loading, (sample) => {
      batch.push(sample);
      if (batch.length >= BATCH_FRAMES) {
        post({ type: 'samples', batch: packBatch(batch) });
        batch = [];
      }
    });
    if (batch.length > 0) post({ type: 'samples', batch: packBatch(batch) });
    post({
      type: 'done',
      summary: result.summary,
      timings: { ...result.timings, modelLoadMs: load.modelLoadMs() },
      landmarkSet: result.landmarkSet,
    });
  } finally {
    load.estimator()?.dispose();
  }
}

run().catch((error: unknown) => {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
});
