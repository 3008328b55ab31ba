import { defined } from '../_lib/defined.js';
import type { MirpsIssue } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { ROTATION_MESSAGES } from '../i18n/rotation-messages.js';
import { earliestDay, isCertainlyBefore } from '../model/partial-date.js';
import { checkSpan } from '../rules/date-checks.js';
import { findDuplicates, idsIn, knownList } from '../rules/duplicate-ids.js';
import { collationLocaleProblem } from './collation-locale.js';
import { MemberCalendar } from './eligibility.js';
import { orderLanguage, sortNameOf } from './member-name.js';
import type { Departure, RotationSetup } from './rotation-setup.js';
import { isTermLabel, nominalStart, TERM_LABEL_EXAMPLES, termIndex } from './term-label.js';

type Path = Array<string | number>;

/** The rules of a {@link RotationSetup} beyond its shape, their messages in `language`. */
export function rotationSetupRules(setup: RotationSetup, language: Language): MirpsIssue[] {
  const says = ROTATION_MESSAGES[language].setup;
  const issues: MirpsIssue[] = findDuplicates(
    [idsIn(setup.members, 'members')],
    'ref.duplicate-id',
    says.duplicateMember,
  );
  const ids = new Set(setup.members.map((member) => member.id));
  const length = setup.termLength;

  const checkKnown = (id: string | undefined, path: Path): void => {
    if (id !== undefined && !ids.has(id)) {
      issues.push({
        code: 'rotation.unknown-member',
        path,
        message: says.unknownMember(JSON.stringify(id), knownList(ids, language)),
      });
    }
  };
  const checkLabel = (label: string, path: Path): boolean => {
    if (isTermLabel(label, length)) return true;
    issues.push({
      code: 'rotation.invalid-label',
      path,
      message: says.invalidLabel(JSON.stringify(label), length, TERM_LABEL_EXAMPLES[length]),
    });
    return false;
  };
  const checkDeparture = (departure: Departure | undefined, path: Path): void => {
    if (departure === undefined) return;
    checkKnown(departure.inPlaceOf, [...path, 'inPlaceOf']);
    for (const [j, id] of (departure.jointWith ?? []).entries()) checkKnown(id, [...path, 'jointWith', j]);
    if ((departure.kind === 'forfeit' || departure.kind === 'declined') && departure.inPlaceOf === undefined) {
      issues.push({
        code: 'rotation.departure-needs-member',
        path: [...path, 'inPlaceOf'],
        message: says.departureNeedsMember(departure.kind),
      });
    }
  };

  // The circle.
  if (setup.order.kind === 'explicit') {
    const listed = setup.order.members;
    for (const [j, id] of listed.entries()) checkKnown(id, ['order', 'members', j]);
    findDuplicates(
      [{ items: listed, key: (id) => id, path: (j) => ['order', 'members', j] }],
      'ref.duplicate-id',
      says.duplicateInOrder,
      issues,
    );
    const inOrder = new Set(listed);
    const missing = [...ids].filter((id) => !inOrder.has(id));
    if (missing.length > 0) {
      const shown =
        missing.length > 12 ? says.inAll(missing.slice(0, 12).join(', '), String(missing.length)) : missing.join(', ');
      issues.push({ code: 'rotation.order-mismatch', path: ['order', 'members'], message: says.orderMissing(shown) });
    }
  } else {
    const problem = collationLocaleProblem(setup.order.locale, language);
    if (problem !== undefined)
      issues.push({ code: 'rotation.invalid-locale', path: ['order', 'locale'], message: problem });
    const nameLanguage = orderLanguage(setup.order);
    setup.members.forEach((member, i) => {
      if (sortNameOf(member, nameLanguage) === undefined) {
        issues.push({
          code: 'rotation.missing-name',
          path: ['members', i, 'names'],
          message: says.missingName(member.id, nameLanguage),
        });
      }
    });
  }

  // Membership and suspension spans.
  for (const [i, member] of setup.members.entries()) {
    for (const [s, span] of member.memberships.entries())
      checkSpan(span.from, span.to, () => ['members', i, 'memberships', s, 'to'], issues, language);
    for (const [s, span] of (member.suspensions ?? []).entries())
      checkSpan(span.from, span.to, () => ['members', i, 'suspensions', s, 'to'], issues, language);
  }

  // The ledger: consecutive terms, known holders who were members when their term began.
  const calendars = new Map(setup.members.map((member) => [member.id, new MemberCalendar(member)]));
  let previous: { index: number; handover: string | undefined } | undefined;
  setup.ledger.forEach((term, k) => {
    checkKnown(term.holder, ['ledger', k, 'holder']);
    checkDeparture(term.departure, ['ledger', k, 'departure']);
    if (!checkLabel(term.label, ['ledger', k, 'label'])) {
      previous = undefined;
      return;
    }
    const index = termIndex(term.label, length);
    const start = term.handover === undefined ? nominalStart(index, length) : earliestDay(term.handover);
    if (calendars.get(term.holder)?.ineligibility(start) === 'not-a-member') {
      issues.push({
        code: 'presidency.holder-not-member',
        path: ['ledger', k, 'holder'],
        message: says.holderNotMember(term.holder, term.label, start),
      });
    }
    if (previous !== undefined) {
      if (index <= previous.index) {
        issues.push({
          code: index === previous.index ? 'presidency.terms-overlap' : 'dates.out-of-order',
          path: ['ledger', k, 'label'],
          message: index === previous.index ? says.termsSameLabel(term.label) : says.termAfterLater(term.label),
        });
      } else if (index > previous.index + 1) {
        issues.push({ code: 'rotation.ledger-gap', path: ['ledger', k, 'label'], message: says.ledgerGap(term.label) });
      } else if (
        term.handover !== undefined &&
        previous.handover !== undefined &&
        isCertainlyBefore(term.handover, previous.handover)
      ) {
        issues.push({
          code: 'presidency.terms-overlap',
          path: ['ledger', k, 'handover'],
          message: says.termBeginsEarly(term.label),
        });
      }
    }
    previous = { index, handover: term.handover };
  });

  if (setup.mechanismFrom !== undefined) checkLabel(setup.mechanismFrom, ['mechanismFrom']);

  // Planned departures: future terms only, one per term.
  const last = defined(setup.ledger.at(-1));
  const lastIndex = isTermLabel(last.label, length) ? termIndex(last.label, length) : undefined;
  const seen = new Set<string>();
  setup.overrides?.forEach((override, o) => {
    checkKnown(override.holder, ['overrides', o, 'holder']);
    checkDeparture(override.departure, ['overrides', o, 'departure']);
    if (!checkLabel(override.label, ['overrides', o, 'label'])) return;
    if (seen.has(override.label) || (lastIndex !== undefined && termIndex(override.label, length) <= lastIndex)) {
      issues.push({
        code: 'rotation.override-conflict',
        path: ['overrides', o, 'label'],
        message: seen.has(override.label) ? says.twoOverrides(override.label) : says.overrideInLedger(override.label),
      });
    }
    seen.add(override.label);
  });
  for (const label of Object.keys(setup.handovers ?? {})) checkLabel(label, ['handovers', label]);
  return issues;
}
