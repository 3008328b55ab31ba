// A TypeScript app with strict module resolution: typed data, typed errors, exhaustive handling.

import { buildCalendar, type CalendarOccurrence } from '@mirps/calendar';
import { type ActionPlan, MirpsValidationError, nextPresidency, type Presidency, parseActionPlan } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import type { ActionPlan as WireActionPlan } from '@mirps/schemas/types';

const next: Presidency = nextPresidency();
const plan: ActionPlan = parseActionPlan(actionPlan2023);
const wire: WireActionPlan = plan; // the types generated from the JSON Schema are the same
const dated: readonly CalendarOccurrence[] = buildCalendar(wire).occurrences;

try {
  parseActionPlan({ ...plan, year: 'twenty' });
} catch (error) {
  if (!(error instanceof MirpsValidationError)) throw error;
  console.log(error.issues.map((issue) => `${issue.code} at ${issue.path.join('.')}`).join('\n'));
}
console.log(`${next.label} ${next.holder}; ${dated.length} dated occurrences in ${plan.year}`);
