// The SDK in a browser page: every text from the data goes in as text, never as markup.

import { buildCalendar, monthGrid } from '@mirps/calendar';
import { nextPresidency } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { assembleActionPlanReport, renderHTML } from '@mirps/report';

const next = nextPresidency();
document.querySelector('#next-holder').textContent = `${next.label}: ${next.holderName} (${next.holder})`;
const why = document.querySelector('#next-why');
for (const line of next.explanation.text) {
  const item = document.createElement('li');
  item.textContent = line;
  why.append(item);
}

const grid = monthGrid(buildCalendar(actionPlan2023), 2023);
const table = document.querySelector('#calendar');
const head = table.createTHead().insertRow();
for (const label of ['Activity', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']) {
  const cell = document.createElement('th');
  cell.scope = 'col';
  cell.textContent = label;
  head.append(cell);
}
const body = table.createTBody();
for (const row of grid.rows) {
  const tr = body.insertRow();
  tr.insertCell().textContent = row.title.en ?? row.title.es ?? row.activityId;
  for (const month of row.months)
    tr.insertCell().textContent = month.days.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

// The report is a standalone page of its own; a sandboxed frame shows it without running anything.
document.querySelector('#report').srcdoc = renderHTML(assembleActionPlanReport(actionPlan2023));
document.body.dataset.ready = 'true';
