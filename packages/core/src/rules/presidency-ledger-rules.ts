import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { RULE_MESSAGES } from '../i18n/rule-messages.js';
import { textIn } from '../model/localized-text.js';
import { datePrecision, isCertainlyBefore, type PartialDate } from '../model/partial-date.js';
import type { PresidencyLedger } from '../model/presidency-ledger.js';
import type { PresidencyTerm } from '../model/presidency-term.js';
import type { ReferenceData } from '../model/reference-data.js';
import { findDuplicates, idsIn, knownList } from './duplicate-ids.js';
import { isCertainlyNotMemberOn } from './membership-status.js';

/** When a term began, as precisely as known: the handover, else the year it is named after. */
export function termStart(term: Pick<PresidencyTerm, 'label' | 'handover'>): PartialDate {
  return term.handover.date ?? term.label;
}

/** Checks that `holder` is a known member state and was a member when the term began; the messages in `language`, the path built only for an issue. */
export function checkHolder(
  holder: string,
  start: PartialDate,
  reference: ReferenceData,
  path: () => MirpsPath,
  issues: MirpsIssue[],
  language: Language,
): void {
  const says = RULE_MESSAGES[language];
  const state = reference.memberStates.find((candidate) => candidate.id === holder);
  if (state === undefined) {
    const known = knownList(
      reference.memberStates.map((member) => member.id),
      language,
    );
    issues.push({
      code: 'ref.unknown-member-state',
      path: path(),
      message: says.unknownMemberState(JSON.stringify(holder), known),
    });
  } else if (isCertainlyNotMemberOn(state, start)) {
    const joined = state.memberships.map((period) => period.joined).join(', ');
    issues.push({
      code: 'presidency.holder-not-member',
      path: path(),
      message: says.holderNotMember(textIn(state.name, language) ?? state.id, start, joined),
    });
  }
}

/** The rules of a {@link PresidencyLedger} beyond its shape, against the reference data; the messages in `language`. */
export function presidencyLedgerRules(
  ledger: PresidencyLedger,
  reference: ReferenceData,
  language: Language,
): MirpsIssue[] {
  const says = RULE_MESSAGES[language];
  const ids = [
    idsIn(ledger.terms, 'terms'),
    ...ledger.terms.map((term, t) => idsIn(term.achievements, 'terms', t, 'achievements')),
  ];
  const issues = findDuplicates<{ readonly id: string }>(ids, 'ref.duplicate-id', says.duplicate.id);
  const meetings = new Set(reference.annualMeetings.map((meeting) => meeting.id));
  ledger.terms.forEach((term, t) => {
    checkHolder(term.holder, termStart(term), reference, () => ['terms', t, 'holder'], issues, language);
    const meeting = term.handover.annualMeeting;
    if (meeting !== undefined && !meetings.has(meeting)) {
      issues.push({
        code: 'ref.unknown-annual-meeting',
        path: ['terms', t, 'handover', 'annualMeeting'],
        message: says.unknownAnnualMeeting(JSON.stringify(meeting), knownList(meetings, language, 'f')),
      });
    }
    const previous = ledger.terms[t - 1];
    if (previous === undefined) return;
    if (term.label === previous.label) {
      issues.push({
        code: 'presidency.terms-overlap',
        path: ['terms', t, 'label'],
        message: says.termsSameLabel(term.label),
      });
    } else if (term.label < previous.label) {
      issues.push({
        code: 'dates.out-of-order',
        path: ['terms', t, 'label'],
        message: says.termsOutOfOrder(term.label, previous.label),
      });
    } else if (previous.handover.date !== null && term.handover.date !== null) {
      const sameDay = term.handover.date === previous.handover.date && datePrecision(term.handover.date) === 'day';
      if (sameDay || isCertainlyBefore(term.handover.date, previous.handover.date)) {
        issues.push({
          code: 'presidency.terms-overlap',
          path: ['terms', t, 'handover', 'date'],
          message: says.termBeginsEarly(term.label, term.handover.date, previous.label, previous.handover.date),
        });
      }
    }
  });
  return issues;
}
