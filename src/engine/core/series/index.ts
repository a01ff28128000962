/** The series-and-time kit: frame at a time, a least-squares slope, medians and quantiles. */
export { firstFrameAtOrAfter, frameShownAt, lastFrameAtOrBefore, nearestFrame } from './frame-at-time.js';
export { fitLine, type LineFit } from './fit-line.js';
export { finiteValues, median, medianFinite, quantileFinite, sampledMedianFinite } from './median.js';
