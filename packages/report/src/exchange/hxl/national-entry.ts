import type { Language, MemberState, NationalActionPlan, NationalPlanProgress } from '@mirps/core';
import { localized } from '../../document/blocks.js';
import type { CsvCell } from '../csv.js';
import type { HXLMessages } from './hxl-messages.js';

/** A validated national action plan with its progress, and what every row of it repeats. */
export interface NationalEntry {
  readonly plan: NationalActionPlan;
  readonly progress: NationalPlanProgress;
  /** The plan's member state, from the reference data. */
  readonly state: MemberState | undefined;
}

/** A row by the key of each column's header. */
export type HXLRow = Partial<Record<keyof HXLMessages, CsvCell>>;

/** The cells that name the country, the same in both tables. */
export function countryCells(entry: NationalEntry, language: Language): HXLRow {
  return {
    countryIso3: entry.state?.iso3,
    countryIso2: entry.plan.memberState,
    country: entry.state === undefined ? undefined : localized(entry.state.name, language),
  };
}
