import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import { isCertainlyBefore, type PartialDate } from '../model/partial-date.js';

/** An issue when a span's end certainly falls before its start. */
export function checkSpan(start: PartialDate, end: PartialDate | undefined, endPath: MirpsPath, issues: MirpsIssue[]): void {
  if (end !== undefined && isCertainlyBefore(end, start)) {
    issues.push({ code: 'dates.range-reversed', path: endPath, message: `Ends (${end}) before it starts (${start})` });
  }
}
