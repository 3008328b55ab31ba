import { readFileSync } from 'node:fs';
import type * as core from '@mirps/core';
import type * as wire from '@mirps/schemas/types';
import { expect, it } from 'vitest';
import type { z } from 'zod';

// Type-level: each type generated from the JSON Schemas is identical to the type zod infers (same properties, optionality
// and types, not merely assignable). Drift fails the type-check.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Input<K extends keyof typeof core> = (typeof core)[K] extends z.ZodType ? z.input<(typeof core)[K]> : never;

const sameTypes = {
  Id: true as Same<wire.Id, Input<'idSchema'>>,
  EmphasisGroup: true as Same<wire.EmphasisGroup, Input<'emphasisGroupSchema'>>,
  PopulationGroup: true as Same<wire.PopulationGroup, Input<'populationGroupSchema'>>,
  MemberStateId: true as Same<wire.MemberStateId, Input<'memberStateIdSchema'>>,
  Schedule: true as Same<wire.Schedule, Input<'scheduleSchema'>>,
  PartialDate: true as Same<wire.PartialDate, Input<'partialDateSchema'>>,
  CalendarDay: true as Same<wire.CalendarDay, Input<'calendarDaySchema'>>,
  Location: true as Same<wire.Location, Input<'locationSchema'>>,
  Disaggregation: true as Same<wire.Disaggregation, Input<'disaggregationSchema'>>,
  Reporter: true as Same<wire.Reporter, Input<'reporterSchema'>>,
  RotationOrder: true as Same<wire.RotationOrder, Input<'rotationOrderSchema'>>,
  Achievement: true as Same<wire.Achievement, Input<'achievementSchema'>>,
  LocalizedText: true as Same<wire.LocalizedText, Input<'localizedTextSchema'>>,
  Source: true as Same<wire.Source, Input<'sourceSchema'>>,
  Action: true as Same<wire.Action, Input<'actionSchema'>>,
  ActionPlan: true as Same<wire.ActionPlan, Input<'actionPlanSchema'>>,
  PlanPresidency: true as Same<wire.PlanPresidency, Input<'planPresidencySchema'>>,
  Priority: true as Same<wire.Priority, Input<'prioritySchema'>>,
  Objective: true as Same<wire.Objective, Input<'objectiveSchema'>>,
  ExpectedResult: true as Same<wire.ExpectedResult, Input<'expectedResultSchema'>>,
  WorkMethodology: true as Same<wire.WorkMethodology, Input<'workMethodologySchema'>>,
  MethodologyItem: true as Same<wire.MethodologyItem, Input<'methodologyItemSchema'>>,
  HandoverCommitment: true as Same<wire.HandoverCommitment, Input<'handoverCommitmentSchema'>>,
  CalendarActivity: true as Same<wire.CalendarActivity, Input<'calendarActivitySchema'>>,
  TimeOfDay: true as Same<wire.TimeOfDay, Input<'timeOfDaySchema'>>,
  AnnualMeeting: true as Same<wire.AnnualMeeting, Input<'annualMeetingSchema'>>,
  DateRange: true as Same<wire.DateRange, Input<'dateRangeSchema'>>,
  Departure: true as Same<wire.Departure, Input<'departureSchema'>>,
  Evidence: true as Same<wire.Evidence, Input<'evidenceSchema'>>,
  Handover: true as Same<wire.Handover, Input<'handoverSchema'>>,
  Indicator: true as Same<wire.Indicator, Input<'indicatorSchema'>>,
  IndicatorValue: true as Same<wire.IndicatorValue, Input<'indicatorValueSchema'>>,
  Instrument: true as Same<wire.Instrument, Input<'instrumentSchema'>>,
  MemberState: true as Same<wire.MemberState, Input<'memberStateSchema'>>,
  MembershipPeriod: true as Same<wire.MembershipPeriod, Input<'membershipPeriodSchema'>>,
  Suspension: true as Same<wire.Suspension, Input<'suspensionSchema'>>,
  Partner: true as Same<wire.Partner, Input<'partnerSchema'>>,
  PartnerRole: true as Same<wire.PartnerRole, Input<'partnerRoleSchema'>>,
  PlanProgress: true as Same<wire.PlanProgress, Input<'planProgressSchema'>>,
  ProgressRecord: true as Same<wire.ProgressRecord, Input<'progressRecordSchema'>>,
  PresidencyLedger: true as Same<wire.PresidencyLedger, Input<'presidencyLedgerSchema'>>,
  PresidencyTerm: true as Same<wire.PresidencyTerm, Input<'presidencyTermSchema'>>,
  RecordedTerm: true as Same<wire.RecordedTerm, Input<'recordedTermSchema'>>,
  ReferenceData: true as Same<wire.ReferenceData, Input<'referenceDataSchema'>>,
  WorkingGroup: true as Same<wire.WorkingGroup, Input<'workingGroupSchema'>>,
  RotationInterval: true as Same<wire.RotationInterval, Input<'rotationIntervalSchema'>>,
  RotationMember: true as Same<wire.RotationMember, Input<'rotationMemberSchema'>>,
  RotationOverride: true as Same<wire.RotationOverride, Input<'rotationOverrideSchema'>>,
  RotationSetup: true as Same<wire.RotationSetup, Input<'rotationSetupSchema'>>,
  EmphasisSource: true as Same<wire.EmphasisSource, Input<'emphasisSourceSchema'>>,
  PlanParagraph: true as Same<wire.PlanParagraph, Input<'planParagraphSchema'>>,
  Pledge: true as Same<wire.Pledge, Input<'pledgeSchema'>>,
  Commitment: true as Same<wire.Commitment, Input<'commitmentSchema'>>,
  CommitmentCount: true as Same<wire.CommitmentCount, Input<'commitmentCountSchema'>>,
  CommitmentIndicator: true as Same<wire.CommitmentIndicator, Input<'commitmentIndicatorSchema'>>,
  CommitmentRecord: true as Same<wire.CommitmentRecord, Input<'commitmentRecordSchema'>>,
  FocusArea: true as Same<wire.FocusArea, Input<'focusAreaSchema'>>,
  FundProject: true as Same<wire.FundProject, Input<'fundProjectSchema'>>,
  FundResult: true as Same<wire.FundResult, Input<'fundResultSchema'>>,
  MirpsFund: true as Same<wire.MirpsFund, Input<'mirpsFundSchema'>>,
  Money: true as Same<wire.Money, Input<'moneySchema'>>,
  NationalActionPlan: true as Same<wire.NationalActionPlan, Input<'nationalActionPlanSchema'>>,
  NationalPlanProgress: true as Same<wire.NationalPlanProgress, Input<'nationalPlanProgressSchema'>>,
  NationalReview: true as Same<wire.NationalReview, Input<'nationalReviewSchema'>>,
  RegionalSupport: true as Same<wire.RegionalSupport, Input<'regionalSupportSchema'>>,
  SupportContribution: true as Same<wire.SupportContribution, Input<'supportContributionSchema'>>,
  TechnicalTeam: true as Same<wire.TechnicalTeam, Input<'technicalTeamSchema'>>,
  Quotation: true as Same<wire.Quotation, Input<'quotationSchema'>>,
};

it('every generated type is checked against the type zod infers', () => {
  const generated = [
    ...readFileSync(new URL('../src/types.ts', import.meta.url), 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm),
  ].map((m) => m[1]);
  expect(Object.keys(sameTypes).sort()).toEqual(generated.sort());
});
