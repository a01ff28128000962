/**
 * A UTF-8 byte order mark (U+FEFF) at the start of a text file: some editors on Windows write one. It is not
 * part of the JSON, so every JSON input (track, training log, report, triage answers) drops it before parsing.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
