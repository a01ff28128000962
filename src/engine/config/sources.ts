/**
 * Every threshold carries a source. `SourcesOf<T>` mirrors a config section with a string (the source) for
 * every value, so the type checker refuses a threshold added without one.
 */
export type SourcesOf<T> = {
  readonly [K in keyof T]: T[K] extends number | string | boolean ? string : SourcesOf<T[K]>;
};

/** Recursive partial, for user overrides of the defaults. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends number | string | boolean ? T[K] : DeepPartial<T[K]>;
};

/** Short source tags used across sections. `evidence.md §N` points at ../shared/domain/evidence.md. */
export const CONV = '[conv] default set by reasoning, not a paper';
