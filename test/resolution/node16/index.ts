// Compiled as ESM: resolves the "import" condition, i.e. dist/*.d.ts.
import {
  type ActionPlan,
  createRotation,
  MirpsValidationError,
  mirpsRotationSetup,
  nextPresidency,
  type Presidency,
  parseActionPlan,
} from '@mirps/core';
import { actionPlan2023, memberStates } from '@mirps/core/data';

const plan: ActionPlan = parseActionPlan(actionPlan2023);
export const actionCount: number = plan.actions.length;
export const memberStateCount: number = memberStates.length;
export const issueCodes = (error: unknown): string[] =>
  error instanceof MirpsValidationError ? error.issues.map((issue) => issue.code) : [];

// The types are real, not `any`:
// @ts-expect-error plan.year is a number
export const year: string = plan.year;
// @ts-expect-error memberStates is a list, not a number
export const notAList: number = memberStates;

// The rotation engine's types.
const next: Presidency = nextPresidency();
export const nextHolder: string = next.holder;
export const cycle: number | null = createRotation(mirpsRotationSetup()).nextPresidency().cycle;
// @ts-expect-error a projection request needs a count or a label
createRotation(mirpsRotationSetup()).projectPresidencies({});

// @mirps/schemas: the JSON Schema map and the types generated from the schemas, which match zod's.
import { type SchemaName, schemas } from '@mirps/schemas';
import type { ActionPlan as WireActionPlan } from '@mirps/schemas/types';
export const schemaName: SchemaName = 'ActionPlan';
export const schemaId: string = schemas[schemaName].$id;
export const wirePlan: WireActionPlan = actionPlan2023;
export const backToCore: ActionPlan = wirePlan;
// @ts-expect-error not a schema name
export const notAName: SchemaName = 'Plan';

// @mirps/calendar
import { buildCalendar, type Calendar, toICS } from '@mirps/calendar';
export const calendar: Calendar = buildCalendar(actionPlan2023);
export const ics: string = toICS(calendar, { stamp: '2023-01-01T00:00:00Z' });
// @ts-expect-error the stamp is required: the export never reads the clock
toICS(calendar, {});

// @mirps/report
import { assembleActionPlanReport, type ReportDocument, renderMarkdown } from '@mirps/report';
export const report: ReportDocument = assembleActionPlanReport(actionPlan2023);
export const reportText: string = renderMarkdown(report);
// @ts-expect-error a progress report needs its asOf day
assembleProgressReport(actionPlan2023, { plan: 'x', records: [], indicators: [] }, {});

// The national level: a national plan, the annual report, and the IATI and HXL exports.
import type { NationalActionPlan, NationalPlanProgress } from '@mirps/core';
import {
  assembleAnnualReport,
  assembleProgressReport,
  exportHXL,
  exportIATI,
  type IATIOrganisation,
} from '@mirps/report';

declare const nationalPlan: NationalActionPlan;
declare const nationalProgress: NationalPlanProgress;
const publisher: IATIOrganisation = { ref: 'XX-EXAMPLE', type: '10', name: { en: 'Example publisher' } };
export const annual: ReportDocument = assembleAnnualReport(
  { national: [{ plan: nationalPlan, progress: nationalProgress }] },
  { year: 2025 },
);
export const iatiXml: string = exportIATI({
  national: [{ plan: nationalPlan, progress: nationalProgress, reportingOrg: publisher }],
});
export const hxlCsv: string = exportHXL(
  { national: [{ plan: nationalPlan, progress: nationalProgress }] },
  { table: 'indicators' },
);
// @ts-expect-error the annual report needs its year
assembleAnnualReport({ national: [] }, {});
// @ts-expect-error an HXL table is commitments or indicators
exportHXL({ national: [] }, { table: 'pledges' });
