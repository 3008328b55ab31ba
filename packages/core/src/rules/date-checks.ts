import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import { isCertainlyBefore, type PartialDate } from '../model/partial-date.js';

/** An issue at the end of a span (its path built only then) when the end certainly falls before the start, in a language. */
export function checkSpan(
  start: PartialDate,
  end: PartialDate | undefined,
  endPath: () => MirpsPath,
  issues: MirpsIssue[],
  language: Language,
): void {
  if (end !== undefined && isCertainlyBefore(end, start)) {
    issues.push({
      code: 'dates.range-reversed',
      path: endPath(),
      message: VALIDATION_MESSAGES[language].rangeReversed(end, start),
    });
  }
}
