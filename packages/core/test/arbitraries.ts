import type { ActionPlan, CalendarActivity, LocalizedText, Schedule } from '@mirps/core';
import { workingGroups } from '@mirps/core/data';
import fc from 'fast-check';

// Generators of valid MIRPS documents, shared by the property tests of every package.

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => /\S/.test(value));
export const localized: fc.Arbitrary<LocalizedText> = fc
  .record({ en: text, es: text }, { requiredKeys: [] })
  .filter((value) => value.en !== undefined || value.es !== undefined);
const workingGroup = fc.constantFrom(null, ...workingGroups.map((group) => group.id));

const objectiveShape = fc.record({
  text: localized,
  actions: fc.array(fc.record({ text: localized, workingGroup }), { maxLength: 4 }),
  results: fc.array(localized, { maxLength: 3 }),
});
const priorityShape = fc.record({
  text: localized,
  objectives: fc.array(objectiveShape, { minLength: 1, maxLength: 3 }),
});

const pad = (n: number): string => String(n).padStart(2, '0');
function dateIn(year: number): fc.Arbitrary<string> {
  return fc
    .record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom('year', 'month', 'day'),
    })
    .map(
      ({ month, day, precision }) =>
        ({ year: String(year), month: `${year}-${pad(month)}`, day: `${year}-${pad(month)}-${pad(day)}` })[precision],
    );
}
function scheduleIn(year: number): fc.Arbitrary<Schedule> {
  const day = fc.integer({ min: 1, max: 365 });
  return fc.oneof(
    fc.array(dateIn(year), { minLength: 1, maxLength: 4 }).map((dates): Schedule => ({ kind: 'dates', dates })),
    fc.tuple(day, day).map(([a, b]): Schedule => {
      const toDate = (n: number): string => {
        const month = Math.min(12, Math.floor((n - 1) / 31) + 1);
        return `${year}-${pad(month)}-${pad(Math.min(28, ((n - 1) % 31) + 1))}`;
      };
      const [start, end] = [toDate(Math.min(a, b)), toDate(Math.max(a, b))].sort();
      return { kind: 'range', start: start!, end: end! };
    }),
    fc.constant<Schedule>({ kind: 'unscheduled' }),
  );
}

/** Valid plans of any size: numbering, references and dates consistent by construction. */
export const validPlan: fc.Arbitrary<ActionPlan> = fc
  .record({
    // After the embedded ledger's last term (2026), where the ledger names no holder to match.
    year: fc.integer({ min: 2027, max: 2060 }),
    holder: fc.constantFrom('BZ', 'CR', 'SV', 'GT', 'HN', 'MX', 'PA'),
    title: localized,
    vision: localized,
    priorities: fc.array(priorityShape, { minLength: 1, maxLength: 3 }),
    duties: fc.array(localized, { maxLength: 4 }),
  })
  .chain((shape) =>
    fc
      .array(
        fc.record({
          title: localized,
          category: fc.constantFrom('technical-meeting', 'high-level-event', 'other-activity'),
          schedule: scheduleIn(shape.year),
        }),
        {
          maxLength: 6,
        },
      )
      .map((rows): ActionPlan => {
        const plan: ActionPlan = {
          id: `plan-${shape.year}`,
          year: shape.year,
          title: shape.title,
          presidency: { term: String(shape.year), holder: shape.holder },
          vision: shape.vision,
          priorities: [],
          objectives: [],
          actions: [],
          expectedResults: [],
          workMethodology: {
            introduction: shape.vision,
            technicalMeetings: [{ id: 'meeting-1', text: shape.title }],
            highLevelEvents: [],
            keyDocuments: [],
            websiteSection: shape.title,
          },
          handoverCommitments: shape.duties.map((duty, i) => ({ id: `duty-${i + 1}`, text: duty })),
          calendar: rows.map((row, i): CalendarActivity => ({ id: `activity-${i + 1}`, ...row })),
        };
        shape.priorities.forEach((priority, p) => {
          plan.priorities.push({ id: `priority-${p + 1}`, number: p + 1, text: priority.text });
          priority.objectives.forEach((objective, o) => {
            const number = `${p + 1}.${o + 1}`;
            plan.objectives.push({
              id: `objective-${number}`,
              number,
              priority: `priority-${p + 1}`,
              text: objective.text,
            });
            objective.actions.forEach((action, a) => {
              plan.actions.push({
                id: `action-${number}.${a + 1}`,
                number: `${number}.${a + 1}`,
                objective: `objective-${number}`,
                ...action,
              });
            });
            objective.results.forEach((result, r) => {
              plan.expectedResults.push({
                id: `result-${number}.${r + 1}`,
                number: `${number}.${r + 1}`,
                objective: `objective-${number}`,
                text: result,
              });
            });
          });
        });
        return plan;
      }),
  );

/** Every path to a value inside a JSON document. */
export function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

export function setAt(root: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return root;
}
