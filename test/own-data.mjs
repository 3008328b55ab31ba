// The "own data" run of test/own-data.test.ts: a team's 2024 plan, reference data and ledger through every
// package, as a user's program would call the BUILT packages. Prints what the test checks, as JSON.
import { readFileSync } from 'node:fs';
import { buildCalendar, findConflicts, monthGrid, presidencyTermCalendar, toICS } from '@mirps/calendar';
import { nextPresidency, parseActionPlan, parseContext, parsePlanProgress, presidencyOn } from '@mirps/core';
import {
  assembleActionPlanReport,
  assemblePresidencyMemoir,
  assembleProgressReport,
  renderHTML,
  renderJSON,
} from '@mirps/report';

const read = (name) => JSON.parse(readFileSync(new URL(`../examples/own-data/${name}`, import.meta.url), 'utf8'));
const reference = read('reference-2024.example.json');
const ledger = read('ledger-2024.example.json');
const context = { reference, ledger };
const plan = parseActionPlan(read('plan-2024.example.json'), context);
const progress = parsePlanProgress(read('progress-2024.example.json'), plan, context);

const calendar = buildCalendar(plan, { ...context, from: '2024-01-01', to: '2024-12-31' });
const termCalendar = presidencyTermCalendar(plan, context);
const ics = toICS(calendar, { stamp: '2024-01-01T00:00:00Z' });
const planReport = assembleActionPlanReport(plan, context);
const progressReport = assembleProgressReport(plan, progress, { ...context, asOf: '2024-12-31' });
const memoir = assemblePresidencyMemoir(plan, progress, { ...context, asOf: '2024-12-31' });
const shared = parseContext(context);

console.log(
  JSON.stringify({
    calendar: calendar.occurrences.map((o) => `${o.start} ${o.activityId}`),
    calendarKeepsContext: calendar.context.reference.workingGroups.some(
      (g) => g.id === 'wg-illustrative-climate-mobility',
    ),
    grid: monthGrid(calendar, 2024).rows.length,
    conflicts: findConflicts(calendar).length,
    ics,
    termCalendar: termCalendar.unscheduled.map((u) => u.title.en),
    planHtml: renderHTML(planReport),
    progressJson: JSON.parse(renderJSON(progressReport)).title,
    memoirIncoming: memoir.sections.find((s) => s.id === 'incoming')?.title,
    next: nextPresidency(context),
    on: presidencyOn('2024-06-01', context),
    sharedFrozen: Object.isFrozen(shared) && Object.isFrozen(shared.reference.workingGroups),
  }),
);
