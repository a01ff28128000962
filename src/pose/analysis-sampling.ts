/**
 * How a recorded video is sampled for pose estimation, the same in the CLI and the browser (an uploaded video and
 * the recording of a live set), so the same footage gives the same analysis everywhere.
 */
/**
 * The picture size frames are decoded at. Pose models look at 192-256 px crops, so 640 px on the long side
 * keeps a lifter filling a third of the frame at model resolution while a 4K frame shrinks 36x in bytes.
 */
export const DEFAULT_ANALYSIS_MAX_SIDE_PX = 640;
/**
 * Leg press reps last 2-4 s, i.e. 30-60 frames a rep at 15 fps, and the fastest event the engine times (a ~0.2 s
 * bounce) still spans 3 frames. The engine scores as well on simulated sets sampled at 15 fps as at 20-30
 * (`npm run eval -- --fps 15`), and 15 instead of 20 fps is a quarter less pose work: what brings BlazePose full
 * towards 2x real time on 2 cores (docs/performance.md). A 30 fps source keeps every other frame.
 */
export const DEFAULT_ANALYSIS_MAX_FPS = 15;
