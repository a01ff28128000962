export { renderHtmlReport } from './render-html-report.js';
export type { FaultSnapshot, HtmlReportInput } from './types.js';
export { faultSnapshots, MAX_SNAPSHOTS } from './fault-snapshots.js';
