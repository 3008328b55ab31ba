// Validation: zod (safeParseActionPlan, and the shapes alone) against Ajv compiled from the shipped JSON Schemas, and
// reading a plan from its text against JSON.parse alone, each on the same data in one run.

import { actionPlanSchema, actionSchema, parseActionPlan, safeParseActionPlan } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { schemas } from '@mirps/schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { alternate, ms } from './harness.mjs';

export const title = 'Validation: zod against Ajv, and reading a plan from its text';

const PARSES = 1_000;

export function run() {
  const ajv = new Ajv2020({ strict: true });
  const ajvPlan = ajv.compile(schemas.ActionPlan);
  const ajvAction = ajv.compile(schemas.Action);

  // Each measure makes its own data and lets it go before the next one, so that no measure runs on a heap the others
  // filled (a fuller heap makes every allocation dearer, the parsers' fresh copies more than Ajv's checks).
  const planText = JSON.stringify(actionPlan2023);
  const every = (items, valid) => () => {
    for (const item of items) if (!valid(item)) throw new Error('a valid document was rejected');
  };
  const measurePlans = () => {
    // 10,000 distinct copies of the 2023 plan, as they would arrive from JSON.
    const plans = Array.from({ length: 10_000 }, () => JSON.parse(planText));
    return alternate(
      {
        ours: every(plans, (p) => safeParseActionPlan(p).success),
        shape: every(plans, (p) => actionPlanSchema.safeParse(p).success),
        ajv: every(plans, (p) => ajvPlan(p)),
      },
      { warmup: 1, rounds: 7 },
    );
  };
  const measureActions = () => {
    // 100,000 small records: actions with varied text.
    const actions = Array.from({ length: 100_000 }, (_, i) => ({
      ...JSON.parse(JSON.stringify(actionPlan2023.actions[i % actionPlan2023.actions.length])),
      text: { en: `Action ${i}` },
    }));
    return alternate(
      { ours: every(actions, (a) => actionSchema.safeParse(a).success), ajv: every(actions, (a) => ajvAction(a)) },
      { warmup: 2, rounds: 11 },
    );
  };
  const measureText = () =>
    alternate(
      {
        ours: () => {
          for (let i = 0; i < PARSES; i++) parseActionPlan(JSON.parse(planText));
        },
        json: () => {
          for (let i = 0; i < PARSES; i++) JSON.parse(planText);
        },
      },
      { warmup: 2, rounds: 11 },
    );
  const planRuns = measurePlans();
  const actionRuns = measureActions();
  const textRuns = measureText();

  const goals = [
    {
      row: 1,
      measure: '`safeParseActionPlan` throughput (shape + rules), 10,000 plans (distinct copies of the 2023 plan)',
      peer: 'Ajv (2020, strict, with the rules keyword) compiled from `schemas.ActionPlan`',
      kind: 'throughput',
      ratio: planRuns.ratio('ajv', 'ours'),
      goal: { atLeast: 0.5 },
      before: '0.16–0.17×',
    },
    {
      row: 2,
      measure: '`actionSchema.safeParse` throughput, 100,000 actions',
      peer: 'Ajv compiled from `schemas.Action`',
      kind: 'throughput',
      ratio: actionRuns.ratio('ajv', 'ours'),
      goal: { atLeast: 0.8 },
      before: '0.18–0.22×',
    },
    {
      row: 3,
      measure: '`JSON.parse` + `parseActionPlan` of the 2023 plan’s text',
      peer: '`JSON.parse` alone of the same text',
      kind: 'time',
      ratio: textRuns.ratio('ours', 'json'),
      goal: { atMost: 2 },
      before: '3.0–3.2×',
    },
  ];
  const detail = [
    'The same documents, validated in one run, the validators taking turns. Ajv checks the shape only (the rules keyword is declared, not run); `safeParseActionPlan` also checks the rules beyond the shape (references, numbering, dates) and returns a fresh copy.',
    '',
    '| data | validator | median time (ms) |',
    '|---|---|---:|',
    `| 10,000 action plans | safeParseActionPlan (shape + rules) | ${ms(planRuns.ours.median)} |`,
    `| 10,000 action plans | zod shape only (actionPlanSchema.safeParse) | ${ms(planRuns.shape.median)} |`,
    `| 10,000 action plans | Ajv, compiled from schemas.ActionPlan | ${ms(planRuns.ajv.median)} |`,
    `| 100,000 actions | zod (actionSchema.safeParse) | ${ms(actionRuns.ours.median)} |`,
    `| 100,000 actions | Ajv, compiled from schemas.Action | ${ms(actionRuns.ajv.median)} |`,
    `| the 2023 plan’s text (${(planText.length / 1024).toFixed(0)} KiB), ${PARSES.toLocaleString('en')} times | JSON.parse + parseActionPlan | ${ms(textRuns.ours.median)} |`,
    `| the 2023 plan’s text, ${PARSES.toLocaleString('en')} times | JSON.parse alone | ${ms(textRuns.json.median)} |`,
  ].join('\n');
  return { goals, detail };
}
