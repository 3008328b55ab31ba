// Validation: zod (parseActionPlan, and the shape alone) against Ajv compiled from the shipped JSON Schema, on the same data.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { actionPlanSchema, actionSchema, safeParseActionPlan } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { MIRPS_RULES_KEYWORD, schemas } from '@mirps/schemas';
import { medianMs, ms } from './harness.mjs';

export const title = 'Validation: zod against Ajv';

export function run() {
  const ajv = new Ajv2020({ strict: true });
  ajv.addKeyword(MIRPS_RULES_KEYWORD);
  const ajvPlan = ajv.compile(schemas.ActionPlan);
  const ajvAction = ajv.compile(schemas.Action);

  // 10,000 distinct copies of the 2023 plan, as they would arrive from JSON.
  const planText = JSON.stringify(actionPlan2023);
  const plans = Array.from({ length: 10_000 }, () => JSON.parse(planText));
  // 100,000 small records: actions with varied text.
  const actions = Array.from({ length: 100_000 }, (_, i) => ({ ...JSON.parse(JSON.stringify(actionPlan2023.actions[i % 27])), text: { en: `Action ${i}` } }));

  const measure = (items, fn) => medianMs(() => {
    for (const item of items) if (!fn(item)) throw new Error('a valid document was rejected');
  }, { warmup: 1, runs: 5 });
  const rows = [
    ['10,000 action plans', 'parseActionPlan (shape + rules)', measure(plans, (p) => safeParseActionPlan(p).success)],
    ['10,000 action plans', 'zod shape only (actionPlanSchema.safeParse)', measure(plans, (p) => actionPlanSchema.safeParse(p).success)],
    ['10,000 action plans', 'Ajv, compiled from action-plan.schema.json', measure(plans, (p) => ajvPlan(p))],
    ['100,000 actions', 'zod (actionSchema.safeParse)', measure(actions, (a) => actionSchema.safeParse(a).success)],
    ['100,000 actions', 'Ajv, compiled from action.schema.json', measure(actions, (a) => ajvAction(a))],
  ];
  const ratio = (a, b) => (a / b).toFixed(1);
  return [
    'The same documents, validated in one run. Ajv checks the shape only; `parseActionPlan` also checks the rules beyond the shape (references, numbering, dates) and returns a fresh copy.',
    '',
    '| data | validator | median time (ms) |',
    '|---|---|---:|',
    ...rows.map(([data, validator, time]) => `| ${data} | ${validator} | ${ms(time)} |`),
    '',
    `Ratios: zod shape / Ajv on plans ${ratio(rows[1][2], rows[2][2])}×; parseActionPlan / Ajv on plans ${ratio(rows[0][2], rows[2][2])}×; zod / Ajv on small records ${ratio(rows[3][2], rows[4][2])}×.`,
  ].join('\n');
}
