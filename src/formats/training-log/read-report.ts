/**
 * Reads the parts of an analysis report JSON (`spotter analyze --json`, the web app's JSON export) that the
 * training log keeps. Loose on purpose: extra fields (the coach plan, series) are fine; missing contract fields
 * are an error naming the field.
 */
import { z } from 'zod';
import { FAULT_IDS, VERDICTS } from '../../engine/index.js';
import type { ReportForLog } from '../../log/index.js';
import { withoutByteOrderMark } from '../byte-order-mark.js';
import { formatPath } from '../json-path.js';
import { TrainingLogFormatError } from './training-log-format-error.js';

const severity = z.enum(['info', 'warn', 'alert']);
const finite = z
  .number()
  .nullable()
  .transform((v) => v ?? Number.NaN);

const reportSchema = z.object({
  reps: z.array(
    z.object({
      index: z.number(),
      hipFlexionMaxDeg: finite,
      kneeMinDeg: finite,
      eccentricS: finite,
      concentricS: finite,
    }),
  ),
  faults: z.array(
    z.object({ id: z.enum(FAULT_IDS), worstSeverity: severity, count: z.number().int().min(0) }),
  ),
  safeDepth: z.object({ hipFlexionDeg: z.number() }).optional(),
  verdict: z.object({ level: z.enum(VERDICTS) }).optional(),
});

export function readReportForLog(doc: unknown): ReportForLog {
  const result = reportSchema.safeParse(doc);
  if (!result.success) {
    const first = result.error.issues[0]!;
    const where = formatPath(first.path);
    throw new TrainingLogFormatError(
      `not a Spotter analysis report: ${where || 'the file'} ${first.message.toLowerCase()}`,
      where,
    );
  }
  return result.data as unknown as ReportForLog;
}

export function parseReportForLogJson(text: string): ReportForLog {
  let doc: unknown;
  try {
    doc = JSON.parse(withoutByteOrderMark(text));
  } catch (err) {
    throw new TrainingLogFormatError(
      `the report is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return readReportForLog(doc);
}
