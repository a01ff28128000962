export type CameraView = 'side' | 'oblique' | 'front' | 'unknown';
export type ViewQuality = 'good' | 'fair' | 'poor';

export interface ViewIssue {
  readonly code:
    | 'not_side_on'
    | 'knee_bend_flips'
    | 'body_cut_off'
    | 'feet_cut_off'
    | 'low_confidence'
    | 'joints_missing'
    | 'too_small'
    | 'no_person';
  /** One plain sentence: what is wrong and what to do about it. */
  readonly message: string;
}

/** The camera view the clip was filmed from, and whether it is good enough to judge form. */
export interface ViewAssessment {
  readonly view: CameraView;
  /** Estimated camera yaw away from side-on, degrees (0 = side-on, 90 = facing the lifter). */
  readonly yawDeg: number;
  /**
   * The yaw read from a 3D-aware model's depth alone (view/depth-yaw.ts), degrees; absent for 2D models. Part
   * of `yawDeg`; faults that trust the model's hip point less when it sees the body turned read it apart.
   */
  readonly depthYawDeg?: number;
  /**
   * Share of clearly bent frames in which the knee bends the other way from the rest (view/knee-bend.ts); absent
   * when too few frames are bent. Past `maxKneeBendFlipFraction` the view is oblique whatever the yaw reads.
   */
  readonly kneeBendFlipFraction?: number;
  readonly quality: ViewQuality;
  readonly meanConfidence: number;
  readonly bodyInFrame: boolean;
  readonly feetInFrame: boolean;
  readonly issues: readonly ViewIssue[];
}
