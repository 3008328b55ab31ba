// Each exchange document's type in @mirps/core and the type generated from its JSON Schema are the same type, so a
// value goes from one to the other in both directions, under `exactOptionalPropertyTypes` too.
import type * as core from '@mirps/core';
import type * as wire from '@mirps/schemas/types';

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const sameTypes: Record<string, true> = {
  ActionPlan: true as Same<core.ActionPlan, wire.ActionPlan>,
  ReferenceData: true as Same<core.ReferenceData, wire.ReferenceData>,
  PresidencyLedger: true as Same<core.PresidencyLedger, wire.PresidencyLedger>,
  RotationSetup: true as Same<core.RotationSetup, wire.RotationSetup>,
  PlanProgress: true as Same<core.PlanProgress, wire.PlanProgress>,
  NationalActionPlan: true as Same<core.NationalActionPlan, wire.NationalActionPlan>,
  NationalPlanProgress: true as Same<core.NationalPlanProgress, wire.NationalPlanProgress>,
  RegionalSupport: true as Same<core.RegionalSupport, wire.RegionalSupport>,
};

export const toWire = {
  ActionPlan: (value: core.ActionPlan): wire.ActionPlan => value,
  ReferenceData: (value: core.ReferenceData): wire.ReferenceData => value,
  PresidencyLedger: (value: core.PresidencyLedger): wire.PresidencyLedger => value,
  RotationSetup: (value: core.RotationSetup): wire.RotationSetup => value,
  PlanProgress: (value: core.PlanProgress): wire.PlanProgress => value,
  NationalActionPlan: (value: core.NationalActionPlan): wire.NationalActionPlan => value,
  NationalPlanProgress: (value: core.NationalPlanProgress): wire.NationalPlanProgress => value,
  RegionalSupport: (value: core.RegionalSupport): wire.RegionalSupport => value,
};

export const fromWire = {
  ActionPlan: (value: wire.ActionPlan): core.ActionPlan => value,
  ReferenceData: (value: wire.ReferenceData): core.ReferenceData => value,
  PresidencyLedger: (value: wire.PresidencyLedger): core.PresidencyLedger => value,
  RotationSetup: (value: wire.RotationSetup): core.RotationSetup => value,
  PlanProgress: (value: wire.PlanProgress): core.PlanProgress => value,
  NationalActionPlan: (value: wire.NationalActionPlan): core.NationalActionPlan => value,
  NationalPlanProgress: (value: wire.NationalPlanProgress): core.NationalPlanProgress => value,
  RegionalSupport: (value: wire.RegionalSupport): core.RegionalSupport => value,
};
