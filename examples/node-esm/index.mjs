// A Node.js script (ESM): the next presidency, the plenary dates, a validation error, a report.

import { buildCalendar } from '@mirps/calendar';
import { formatIssues, nextPresidency, safeParseActionPlan } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { assembleActionPlanReport, renderMarkdown } from '@mirps/report';

const next = nextPresidency();
console.log(`Next Pro-Tempore Presidency: ${next.label}, ${next.holder}`);

const plenaries = buildCalendar(actionPlan2023).occurrences.filter(
  (o) => o.activityId === 'activity-virtual-plenary-meetings',
);
console.log(`Virtual Plenary Meetings: ${plenaries.map((o) => o.start).join(', ')}`);

const draft = structuredClone(actionPlan2023);
draft.objectives[0].priority = 'priority-9';
const result = safeParseActionPlan(draft);
if (!result.success) console.log(formatIssues(result.error.issues));

console.log(renderMarkdown(assembleActionPlanReport(actionPlan2023)).split('\n')[0]);
