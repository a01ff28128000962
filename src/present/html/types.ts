import type { AnalysisReport, FaultId, KeypointPx, LandmarkSetId } from '../../engine/index.js';
import type { CoachPlanJson } from '../../formats/analysis-report/index.js';
import type { Surface } from '../vocabulary/surface.js';

/** One picture of a fault: the video frame (when there is a video) with the model's skeleton over it. */
export interface FaultSnapshot {
  readonly faultId: FaultId;
  /** 1-based rep, or null for set-level faults. */
  readonly repIndex: number | null;
  readonly atS: number;
  /** `data:image/jpeg;base64,...`; absent for keypoints-only input (the skeleton is drawn on a blank card). */
  readonly imageDataUrl?: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly landmarkSet: LandmarkSetId;
  readonly keypoints: readonly (KeypointPx | null)[];
}

export interface HtmlReportInput {
  readonly report: AnalysisReport;
  readonly title: string;
  /** File the set came from, shown in the header. */
  readonly sourceName?: string;
  readonly snapshots: readonly FaultSnapshot[];
  /** Notes about the input (dark footage, several people, truncated...), one sentence each. */
  readonly notes?: readonly string[];
  /** The coach's plan for this set, worded (wordPlan); a red-flag plan replaces the form fixes at the top. */
  readonly plan?: CoachPlanJson;
  /** Who makes the file: the CLI's may name its commands, the web app's never does (default `app`). */
  readonly surface?: Surface;
  /** Shown in the footer; pass it in so rendering stays deterministic. */
  readonly generatedAtIso?: string;
}
