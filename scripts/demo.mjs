// `npm run demo`: the main job on the embedded data, using the built packages as a user would.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRotation, nextPresidency, parseActionPlan, parsePresidencyLedger, parseReferenceData, projectPresidencies } from '@mirps/core';
import { actionPlan2023, presidencyLedger, referenceData } from '@mirps/core/data';
import { SCHEMA_FILES, SCHEMA_NAMES, draft07Schemas, schemas } from '@mirps/schemas';
import { buildCalendar, findConflicts, monthGrid, monthGridMarkdown, monthGridText, toICS } from '@mirps/calendar';
import { assembleActionPlanReport, assemblePresidencyMemoir, assembleProgressReport, renderHTML, renderMarkdown } from '@mirps/report';
import { readFileSync } from 'node:fs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');
mkdirSync(join(out, 'schemas', 'draft-07'), { recursive: true });

/** Writes a file whole or not at all: to a temporary name first, then renamed. */
function writeOut(name, text) {
  const target = join(out, name);
  writeFileSync(`${target}.partial`, text);
  renameSync(`${target}.partial`, target);
  return join('out', name);
}

const reference = parseReferenceData(referenceData);
const ledger = parsePresidencyLedger(presidencyLedger, { reference });
const plan = parseActionPlan(actionPlan2023, { reference, ledger });

const holder = reference.memberStates.find((state) => state.id === plan.presidency.holder);
const groupName = (id) => reference.workingGroups.find((group) => group.id === id)?.name.en ?? 'no working group named in the plan';
const lines = [
  `${plan.title.en}`,
  `Pro-Tempore Presidency ${plan.presidency.term}: ${holder?.name.en} (${holder?.name.es})`,
  `Vision: ${plan.vision.en}`,
  '',
  ...plan.priorities.flatMap((priority) => [
    `Priority ${priority.number}: ${priority.text.en}`,
    ...plan.objectives
      .filter((objective) => objective.priority === priority.id)
      .map((objective) => {
        const actions = plan.actions.filter((action) => action.objective === objective.id);
        const results = plan.expectedResults.filter((result) => result.objective === objective.id);
        const groups = [...new Set(actions.map((action) => groupName(action.workingGroup)))].join('; ');
        return `  Objective ${objective.number}: ${actions.length} actions, ${results.length} expected results (${groups})`;
      }),
  ]),
  '',
  `Totals: ${plan.priorities.length} priorities, ${plan.objectives.length} objectives, ${plan.actions.length} actions, ${plan.expectedResults.length} expected results`,
  `Calendar: ${plan.calendar.length} activities, ${plan.calendar.filter((a) => a.schedule.kind !== 'unscheduled').length} with dates in the sources`,
  `Handover duties: ${plan.handoverCommitments.length}`,
  `Presidencies on record: ${ledger.terms.map((term) => `${term.label} ${term.holder}`).join(', ')}`,
];
console.log(`Validated the embedded 2023 Regional Action Plan, reference data and presidency ledger.\n`);
console.log(lines.join('\n'));

const verdicts = checkRotation(ledger, { reference });
const next = nextPresidency({ reference, ledger });
const forecast = projectPresidencies({ through: '2032', reference, ledger });
console.log('\nThe Pro-Tempore Presidency rotation');
for (const verdict of verdicts) console.log(`  ${verdict.message}`);
console.log(`\nNext: ${next.label}, ${next.holderName} (${next.holder}), handed over at ${next.handover.event}${next.handover.date ? ` on ${next.handover.date}` : ' (date not yet known)'}. Why:`);
for (const line of next.explanation.text) console.log(`  ${line}`);
console.log(`\nProjected: ${forecast.map((term) => `${term.label} ${term.holder}`).join(', ')}`);

const written = [
  writeOut('presidency-forecast.json', `${JSON.stringify({ check: verdicts, next, projected: forecast }, null, 2)}\n`),
  writeOut('action-plan-2023.json', `${JSON.stringify(plan, null, 2)}\n`),
  writeOut('reference-data.json', `${JSON.stringify(reference, null, 2)}\n`),
  writeOut('presidency-ledger.json', `${JSON.stringify(ledger, null, 2)}\n`),
  writeOut('action-plan-2023-summary.txt', `${lines.join('\n')}\n`),
];
// The calendar: stamped with a fixed instant (the plan's first day), so the file is the same on every run.
const calendar = buildCalendar(plan, { from: '2023-01-01', to: '2023-12-31' });
const grid = monthGrid(calendar, 2023);
console.log(`\nThe 2023 calendar (${calendar.occurrences.length} dated occurrences, ${calendar.unscheduled.length} activities not scheduled in the source, ${findConflicts(calendar).length} conflicts):\n`);
console.log(monthGridText(grid));
written.push(
  writeOut('calendar-2023.ics', toICS(calendar, { stamp: '2023-01-01T00:00:00Z', name: 'MIRPS Regional Action Plan 2023' })),
  writeOut('calendar-2023-grid.md', monthGridMarkdown(grid)),
);

// The reports: the plan itself, and, from the illustrative example progress (invented figures), the progress report and the memoir.
const progress = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'progress', 'progress-2023.example.json'), 'utf8'));
const planReport = assembleActionPlanReport(plan, { reference, ledger });
const memoir = assemblePresidencyMemoir(plan, progress, { reference, ledger });
const progressReport = assembleProgressReport(plan, progress, { asOf: '2023-12-31', reference, ledger });
written.push(
  writeOut('action-plan-2023.md', renderMarkdown(planReport)),
  writeOut('action-plan-2023.html', renderHTML(planReport)),
  writeOut('progress-2023.example.md', renderMarkdown(progressReport)),
  writeOut('progress-2023.example.html', renderHTML(progressReport)),
  writeOut('memoir-2023.example.md', renderMarkdown(memoir)),
  writeOut('memoir-2023.example.html', renderHTML(memoir)),
);

for (const name of SCHEMA_NAMES) {
  writeOut(join('schemas', SCHEMA_FILES[name]), `${JSON.stringify(schemas[name], null, 2)}\n`);
  writeOut(join('schemas', 'draft-07', SCHEMA_FILES[name]), `${JSON.stringify(draft07Schemas[name], null, 2)}\n`);
}
written.push(`out/schemas/ (${SCHEMA_NAMES.length} JSON Schemas, draft 2020-12, and the same in draft-07 under out/schemas/draft-07/)`);
console.log(`\nWrote:\n${written.map((file) => `  ${file}`).join('\n')}`);
