// Reports: assembling and rendering a large plan with its progress, against JSON.stringify of the same input,
// at two sizes to show how the cost grows.

import { actionPlan2023 } from '@mirps/core/data';
import { assemblePresidencyMemoir, assembleProgressReport, renderHTML, renderMarkdown } from '@mirps/report';
import { alternate, ms, times } from './harness.mjs';

export const title = 'Reports: assembly and rendering';

/** A plan of `priorities` × 5 objectives × 50 actions, and 10 progress records per action. */
function largePlan(priorities) {
  const year = 2030;
  const plan = {
    ...structuredClone(actionPlan2023),
    id: 'plan-2030',
    year,
    presidency: { term: String(year), holder: 'PA' },
    calendar: [],
    priorities: [],
    objectives: [],
    actions: [],
    expectedResults: [],
  };
  for (let p = 1; p <= priorities; p++) {
    plan.priorities.push({ id: `priority-${p}`, number: p, text: { en: `Priority ${p} of the benchmark plan` } });
    for (let o = 1; o <= 5; o++) {
      const number = `${p}.${o}`;
      plan.objectives.push({
        id: `objective-${number}`,
        number,
        priority: `priority-${p}`,
        text: { en: `Objective ${number}: strengthen protection and solutions` },
      });
      plan.expectedResults.push({
        id: `result-${number}.1`,
        number: `${number}.1`,
        objective: `objective-${number}`,
        text: { en: `Result ${number}.1` },
      });
      for (let a = 1; a <= 50; a++) {
        plan.actions.push({
          id: `action-${number}.${a}`,
          number: `${number}.${a}`,
          objective: `objective-${number}`,
          text: { en: `Action ${number}.${a}: coordinate meetings between States on good practices` },
          workingGroup: 'wg-asylum-systems',
        });
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

/** JSON.stringify of the input and the two renderings of the progress report, taking turns. */
function measure({ plan, progress }, options) {
  const asOf = { asOf: '2030-12-31' };
  return alternate(
    {
      json: () => JSON.stringify({ plan, progress }),
      markdown: () => renderMarkdown(assembleProgressReport(plan, progress, asOf)),
      html: () => renderHTML(assembleProgressReport(plan, progress, asOf)),
    },
    options,
  );
}

export function run() {
  // The large input is made only once the small one is measured, so that the small one runs on a heap of its size.
  const small = largePlan(4); // 1,000 actions, 10,000 records
  const smallRuns = measure(small, { warmup: 3, rounds: 21 });
  const memoirRuns = alternate(
    {
      json: () => JSON.stringify(small),
      memoir: () => renderHTML(assemblePresidencyMemoir(small.plan, small.progress)),
    },
    { warmup: 2, rounds: 11 },
  );
  // The code is warm by now, and each sample at this size takes long enough for one round of warm-up to be plenty.
  const largeRuns = measure(largePlan(40), { warmup: 1, rounds: 3 }); // 10,000 actions, 100,000 records

  const growth = (side) => largeRuns[side].median / smallRuns[side].median;
  const scaling = `Row 4, how the cost grows from 1,000 actions / 10,000 records to 10,000 / 100,000: HTML ${times(growth('html'))}, Markdown ${times(growth('markdown'))} the time (10× is linear; JSON.stringify ${times(growth('json'))}).`;
  const goal = (format, side) => ({
    row: 4,
    measure: `progress report → ${format} (assembled and rendered), 1,000 actions and 10,000 records`,
    peer: '`JSON.stringify` of the input (plan and progress)',
    kind: 'time',
    ratio: smallRuns.ratio(side, 'json'),
    goal: { atMost: 5 },
    before: '17–24×',
  });
  const goals = [goal('HTML', 'html'), goal('Markdown', 'markdown')];
  const line = (work, runs, side, json) =>
    `| ${work} | ${ms(runs[side].median)} | ${times(runs.ratio(side, json).value)} |`;
  const detail = [
    'A plan with 1,000 actions and 10,000 progress records, then one with 10,000 actions and 100,000 records; at each size the works take turns with JSON.stringify of the same input. Each figure includes validating the plan and its progress.',
    '',
    '| work | median time (ms) | × JSON.stringify |',
    '|---|---:|---:|',
    `| JSON.stringify of the plan and progress (1,000 / 10,000) | ${ms(smallRuns.json.median)} | 1 |`,
    line('progress report → Markdown (1,000 / 10,000)', smallRuns, 'markdown', 'json'),
    line('progress report → HTML (1,000 / 10,000)', smallRuns, 'html', 'json'),
    line('memoir → HTML (1,000 / 10,000)', memoirRuns, 'memoir', 'json'),
    `| JSON.stringify of the plan and progress (10,000 / 100,000) | ${ms(largeRuns.json.median)} | 1 |`,
    line('progress report → Markdown (10,000 / 100,000)', largeRuns, 'markdown', 'json'),
    line('progress report → HTML (10,000 / 100,000)', largeRuns, 'html', 'json'),
  ].join('\n');
  return { goals, notes: [scaling], detail };
}
