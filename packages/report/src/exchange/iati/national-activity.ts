import {
  type CommitmentIndicator,
  earliestDay,
  type Language,
  latestDay,
  type MirpsContext,
  type NationalActionPlan,
  type NationalPlanProgress,
  textIn,
} from '@mirps/core';
import { activityStatus } from './activity-status.js';
import { focusAreaSectors } from './focus-area-sectors.js';
import {
  ACTIVITY_DATE,
  ACTIVITY_SCOPE,
  DESCRIPTION_TYPE,
  ROLE_IMPLEMENTING,
  SECTOR_VOCABULARY_REPORTING_ORGANISATION,
} from './iati-codes.js';
import type { IATIOrganisation } from './iati-organisation.js';
import { writeIllustrativeDescription } from './illustrative-description.js';
import { writeGenerated, writeNarratives, writeTextElement } from './narratives.js';
import { writeResult } from './result-indicator.js';
import type { XmlWriter } from './xml-writer.js';

/** A national action plan with its progress and the organisation that reports it, all checked. */
export interface NationalActivityInput {
  readonly plan: NationalActionPlan;
  readonly progress: NationalPlanProgress;
  readonly reportingOrg: IATIOrganisation;
}

/** The `reporting-org` of an activity. */
export function writeReportingOrg(xml: XmlWriter, org: IATIOrganisation, language: Language): void {
  writeNarratives(
    xml.open('reporting-org', [
      ['ref', org.ref],
      ['type', org.type],
    ]),
    org.name,
    language,
  ).close();
}

/** The institutions that carry the plan out: its National Technical Team, then those its commitments name, each once. */
function implementingInstitutions(plan: NationalActionPlan): string[] {
  const names = new Set(plan.technicalTeam.institutions);
  for (const commitment of plan.commitments) for (const name of commitment.responsibleInstitutions) names.add(name);
  return [...names];
}

/**
 * One `iati-activity` for a national action plan: identified as `{reportingOrg.ref}-{plan.id}`, its
 * dates the plan's period (planned start and end), its country the member state, its sectors the
 * focus areas of its commitments, and a result per commitment that has indicators.
 */
export function writeNationalActivity(
  xml: XmlWriter,
  { plan, progress, reportingOrg }: NationalActivityInput,
  illustrative: boolean,
  context: MirpsContext,
  language: Language,
): void {
  const start = earliestDay(plan.period.start);
  xml.open('iati-activity', [['xml:lang', language]]);
  xml.leaf('iati-identifier', [], `${reportingOrg.ref}-${plan.id}`);
  writeReportingOrg(xml, reportingOrg, language);
  writeTextElement(xml, 'title', plan.name, language);
  const state = context.reference.memberStates.find((s) => s.id === plan.memberState)?.name;
  xml.open('description', [['type', DESCRIPTION_TYPE.general]]);
  writeGenerated(xml, (m, lang) => m.iatiNationalPlan(textIn(state, lang) ?? plan.memberState, plan.version), language);
  xml.close();
  if (plan.note !== undefined) {
    writeNarratives(xml.open('description', [['type', DESCRIPTION_TYPE.other]]), plan.note, language).close();
  }
  if (illustrative) writeIllustrativeDescription(xml, language);
  for (const institution of implementingInstitutions(plan)) {
    xml
      .open('participating-org', [['role', ROLE_IMPLEMENTING]])
      .leaf('narrative', [], institution)
      .close();
  }
  const records = progress.records.map((r) => ({ item: r.commitment, date: r.date, status: r.status }));
  xml.leaf('activity-status', [
    [
      'code',
      activityStatus(
        plan.commitments.map((c) => c.id),
        records,
      ),
    ],
  ]);
  xml.leaf('activity-date', [
    ['type', ACTIVITY_DATE.plannedStart],
    ['iso-date', start],
  ]);
  xml.leaf('activity-date', [
    ['type', ACTIVITY_DATE.plannedEnd],
    ['iso-date', latestDay(plan.period.end)],
  ]);
  xml.leaf('activity-scope', [['code', ACTIVITY_SCOPE.national]]);
  xml.leaf('recipient-country', [
    ['code', plan.memberState],
    ['percentage', '100'],
  ]);
  for (const sector of focusAreaSectors(plan)) {
    xml.open('sector', [
      ['vocabulary', SECTOR_VOCABULARY_REPORTING_ORGANISATION],
      ['code', sector.code],
      ['percentage', (sector.hundredths / 100).toFixed(2)],
    ]);
    writeNarratives(xml, sector.name, language).close();
  }
  const byCommitment = new Map<string, CommitmentIndicator[]>();
  for (const indicator of progress.indicators) {
    const list = byCommitment.get(indicator.commitment);
    if (list === undefined) byCommitment.set(indicator.commitment, [indicator]);
    else list.push(indicator);
  }
  for (const commitment of plan.commitments) {
    const indicators = byCommitment.get(commitment.id);
    if (indicators !== undefined) writeResult(xml, commitment.text, indicators, start, language);
  }
  xml.close();
}
