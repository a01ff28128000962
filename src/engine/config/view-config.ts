import { CONV, type SourcesOf } from './sources.js';

export interface ViewConfig {
  /** Estimated yaw up to this is side-on; up to `maxObliqueYawDeg` oblique; beyond, front/rear. */
  readonly maxSideYawDeg: number;
  readonly maxObliqueYawDeg: number;
  /** Mean confidence below this makes the view poor. */
  readonly minMeanConfidence: number;
  /** Joints closer than this fraction of the image size to an edge count as cut off. */
  readonly edgeMarginFraction: number;
  /** The thigh should span at least this fraction of the image height to be measured well. */
  readonly minThighFractionOfImage: number;
}

export const VIEW_DEFAULTS: ViewConfig = {
  maxSideYawDeg: 20,
  maxObliqueYawDeg: 55,
  minMeanConfidence: 0.4,
  edgeMarginFraction: 0.01,
  minThighFractionOfImage: 0.08,
};

export const VIEW_SOURCES: SourcesOf<ViewConfig> = {
  maxSideYawDeg: 'evidence.md §2: camera-angle bias (Sensors 25:799); Sports2D valid only in-plane [conv]',
  maxObliqueYawDeg: CONV,
  minMeanConfidence: CONV,
  edgeMarginFraction: CONV,
  minThighFractionOfImage: CONV,
};
