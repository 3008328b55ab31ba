// Reports: assembling and rendering a large plan with its progress, against JSON.stringify of the same input.
import { assemblePresidencyMemoir, assembleProgressReport, renderHTML, renderMarkdown } from '@mirps/report';
import { actionPlan2023 } from '@mirps/core/data';
import { medianMs, ms } from './harness.mjs';

export const title = 'Reports: assembly and rendering';

/** A plan of 1,000 actions (4 priorities × 5 objectives × 50 actions) and 10,000 progress records. */
function largePlan() {
  const year = 2030;
  const plan = { ...structuredClone(actionPlan2023), id: 'plan-2030', year, presidency: { term: String(year), holder: 'PA' }, calendar: [], priorities: [], objectives: [], actions: [], expectedResults: [] };
  for (let p = 1; p <= 4; p++) {
    plan.priorities.push({ id: `priority-${p}`, number: p, text: { en: `Priority ${p} of the benchmark plan` } });
    for (let o = 1; o <= 5; o++) {
      const number = `${p}.${o}`;
      plan.objectives.push({ id: `objective-${number}`, number, priority: `priority-${p}`, text: { en: `Objective ${number}: strengthen protection and solutions` } });
      plan.expectedResults.push({ id: `result-${number}.1`, number: `${number}.1`, objective: `objective-${number}`, text: { en: `Result ${number}.1` } });
      for (let a = 1; a <= 50; a++) {
        plan.actions.push({ id: `action-${number}.${a}`, number: `${number}.${a}`, objective: `objective-${number}`, text: { en: `Action ${number}.${a}: coordinate meetings between States on good practices` }, workingGroup: 'wg-asylum-systems' });
      }
    }
  }
  const statuses = ['not-started', 'in-progress', 'in-progress', 'completed', 'blocked'];
  const records = plan.actions.flatMap((action, i) =>
    Array.from({ length: 10 }, (_, k) => ({
      id: `record-${i}-${k}`,
      action: action.id,
      date: `${year}-${String(1 + k).padStart(2, '0')}-15`,
      status: statuses[(i + k) % statuses.length],
      reportedBy: { memberState: 'PA' },
    })),
  );
  const progress = { plan: plan.id, records, indicators: [] };
  return { plan, progress };
}

export function run() {
  const { plan, progress } = largePlan();
  const stringify = medianMs(() => JSON.stringify({ plan, progress }), { warmup: 1, runs: 5 });
  const markdown = medianMs(() => renderMarkdown(assembleProgressReport(plan, progress, { asOf: '2030-12-31' })), { warmup: 1, runs: 5 });
  const html = medianMs(() => renderHTML(assembleProgressReport(plan, progress, { asOf: '2030-12-31' })), { warmup: 1, runs: 5 });
  const memoir = medianMs(() => renderHTML(assemblePresidencyMemoir(plan, progress)), { warmup: 1, runs: 5 });
  return [
    'A plan with 1,000 actions and 10,000 progress records, in one run. Each figure includes validating the plan and its progress.',
    '',
    '| work | median time (ms) | × JSON.stringify |',
    '|---|---:|---:|',
    `| JSON.stringify of the plan and progress | ${ms(stringify)} | 1 |`,
    `| progress report → Markdown | ${ms(markdown)} | ${(markdown / stringify).toFixed(0)} |`,
    `| progress report → HTML | ${ms(html)} | ${(html / stringify).toFixed(0)} |`,
    `| memoir → HTML | ${ms(memoir)} | ${(memoir / stringify).toFixed(0)} |`,
  ].join('\n');
}
