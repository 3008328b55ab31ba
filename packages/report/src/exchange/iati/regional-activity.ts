import {
  type ActionPlan,
  type Indicator,
  type Language,
  type MirpsContext,
  type PlanProgress,
  planTerm,
  textIn,
} from '@mirps/core';
import { activityStatus } from './activity-status.js';
import {
  ACTIVITY_DATE,
  ACTIVITY_SCOPE,
  DESCRIPTION_TYPE,
  ORGANISATION_TYPE_GOVERNMENT,
  ROLE_IMPLEMENTING,
} from './iati-codes.js';
import type { IATIOrganisation } from './iati-organisation.js';
import { writeIllustrativeDescription } from './illustrative-description.js';
import { writeGenerated, writeNarratives, writeTextElement } from './narratives.js';
import { writeReportingOrg } from './national-activity.js';
import { writeResult } from './result-indicator.js';
import type { XmlWriter } from './xml-writer.js';

/** A Regional Action Plan with its progress and the organisation that reports it, all checked. */
export interface RegionalActivityInput {
  readonly plan: ActionPlan;
  readonly progress: PlanProgress;
  readonly reportingOrg: IATIOrganisation;
}

/**
 * One `iati-activity` for a Regional Action Plan: identified as `{reportingOrg.ref}-{plan.id}`, its
 * dates the plan's term (planned start and end), its scope regional, the presidency's holder as the
 * implementing organisation, and a result per expected result that has indicators. No
 * `recipient-country` is written: IATI asks for each country's share of a multi-country activity,
 * which the plan does not give.
 */
export function writeRegionalActivity(
  xml: XmlWriter,
  { plan, progress, reportingOrg }: RegionalActivityInput,
  illustrative: boolean,
  context: MirpsContext,
  language: Language,
): void {
  const term = planTerm(plan, context);
  const holder = context.reference.memberStates.find((s) => s.id === plan.presidency.holder)?.name;
  xml.open('iati-activity', [['xml:lang', language]]);
  xml.leaf('iati-identifier', [], `${reportingOrg.ref}-${plan.id}`);
  writeReportingOrg(xml, reportingOrg, language);
  writeTextElement(xml, 'title', plan.title, language);
  xml.open('description', [['type', DESCRIPTION_TYPE.general]]);
  writeGenerated(
    xml,
    (m, lang) => m.iatiRegionalPlan(plan.presidency.term, textIn(holder, lang) ?? plan.presidency.holder),
    language,
  );
  xml.close();
  writeNarratives(xml.open('description', [['type', DESCRIPTION_TYPE.other]]), plan.vision, language).close();
  if (illustrative) writeIllustrativeDescription(xml, language);
  xml.open('participating-org', [
    ['type', ORGANISATION_TYPE_GOVERNMENT],
    ['role', ROLE_IMPLEMENTING],
  ]);
  if (holder !== undefined) writeNarratives(xml, holder, language);
  else xml.leaf('narrative', [], plan.presidency.holder);
  xml.close();
  const records = progress.records.map((r) => ({ item: r.action, date: r.date, status: r.status }));
  xml.leaf('activity-status', [
    [
      'code',
      activityStatus(
        plan.actions.map((a) => a.id),
        records,
      ),
    ],
  ]);
  xml.leaf('activity-date', [
    ['type', ACTIVITY_DATE.plannedStart],
    ['iso-date', term.from],
  ]);
  xml.leaf('activity-date', [
    ['type', ACTIVITY_DATE.plannedEnd],
    ['iso-date', term.to],
  ]);
  xml.leaf('activity-scope', [['code', ACTIVITY_SCOPE.regional]]);
  const byResult = new Map<string, Indicator[]>();
  for (const indicator of progress.indicators) {
    const list = byResult.get(indicator.result);
    if (list === undefined) byResult.set(indicator.result, [indicator]);
    else list.push(indicator);
  }
  for (const result of plan.expectedResults) {
    const indicators = byResult.get(result.id);
    if (indicators !== undefined) writeResult(xml, result.text, indicators, term.from, language);
  }
  xml.close();
}
