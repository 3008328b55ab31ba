import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ActionPlan, PresidencyLedger, ReferenceData } from '@mirps/core';

/**
 * A team's own data, for tests: the files of `examples/own-data` — a 2024 plan
 * (illustrative, and marked so) with a working group the embedded data does not
 * know, the reference data that knows it, and a ledger that records the 2024
 * term. See that folder's README for what is sourced and what is illustrative.
 */
export interface OwnData {
  readonly plan: ActionPlan;
  readonly reference: ReferenceData;
  readonly ledger: PresidencyLedger;
}

/** The id of the working group only the team's own reference data knows. */
export const OWN_WORKING_GROUP = 'wg-illustrative-climate-mobility';
/** Its name, as reports and calendars print it. */
export const OWN_WORKING_GROUP_NAME = 'Illustrative Working Group on Climate and Human Mobility (example data)';

const folder = resolve(import.meta.dirname, '../../../examples/own-data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));

/** Reads the example files afresh (plain, mutable values). */
export function ownData(): OwnData {
  return {
    plan: read('plan-2024.example.json') as ActionPlan,
    reference: read('reference-2024.example.json') as ReferenceData,
    ledger: read('ledger-2024.example.json') as PresidencyLedger,
  };
}

/** Writes the example files into `folder` as plan2024.json, ref.json and ledger.json; returns them. */
export function writeOwnData(target: string): OwnData {
  const data = ownData();
  writeFileSync(join(target, 'plan2024.json'), JSON.stringify(data.plan, null, 2));
  writeFileSync(join(target, 'ref.json'), JSON.stringify(data.reference, null, 2));
  writeFileSync(join(target, 'ledger.json'), JSON.stringify(data.ledger, null, 2));
  return data;
}
