import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * The populations MIRPS serves, as the 2023 plan names them ("refugees,
 * asylum-seekers, internally displaced persons, and returnees with protection
 * needs"), with stateless persons from the Brazil Declaration and Plan of Action.
 *
 * @example
 * ```ts
 * import { POPULATION_GROUPS } from '@mirps/core';
 * POPULATION_GROUPS[0]; // 'refugees'
 * ```
 */
export const POPULATION_GROUPS = deepFreeze([
  'refugees',
  'asylum-seekers',
  'internally-displaced-persons',
  'returnees-with-protection-needs',
  'stateless-persons',
] as const);

/**
 * A population MIRPS serves: refugees, asylum-seekers, internally displaced
 * persons, returnees with protection needs, or stateless persons.
 *
 * @example
 * ```ts
 * import { populationGroupSchema } from '@mirps/core';
 * populationGroupSchema.parse('asylum-seekers');
 * ```
 */
export const populationGroupSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .enum(POPULATION_GROUPS)
    .meta({ title: 'PopulationGroup', description: 'A population MIRPS serves.' }),
);

/**
 * One of {@link POPULATION_GROUPS}.
 *
 * @example
 * ```ts
 * import type { PopulationGroup } from '@mirps/core';
 * const group: PopulationGroup = 'internally-displaced-persons';
 * ```
 */
export type PopulationGroup = z.infer<typeof populationGroupSchema>;

/**
 * The groups the 2023 plan puts emphasis on: "with an emphasis on women,
 * adolescents, girls, and boys" (vision and Objective 1.3).
 *
 * @example
 * ```ts
 * import { EMPHASIS_GROUPS } from '@mirps/core';
 * EMPHASIS_GROUPS.length; // 4
 * ```
 */
export const EMPHASIS_GROUPS = deepFreeze(['women', 'adolescents', 'girls', 'boys'] as const);

/**
 * A group the 2023 plan puts emphasis on: women, adolescents, girls or boys.
 *
 * @example
 * ```ts
 * import { emphasisGroupSchema } from '@mirps/core';
 * emphasisGroupSchema.parse('girls');
 * ```
 */
export const emphasisGroupSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .enum(EMPHASIS_GROUPS)
    .meta({ title: 'EmphasisGroup', description: 'A group the plan puts emphasis on.' }),
);

/**
 * One of {@link EMPHASIS_GROUPS}.
 *
 * @example
 * ```ts
 * import type { EmphasisGroup } from '@mirps/core';
 * const group: EmphasisGroup = 'women';
 * ```
 */
export type EmphasisGroup = z.infer<typeof emphasisGroupSchema>;

/**
 * Who names a record's emphasis groups: `plan`, where the plan's words name
 * them ("with an emphasis on women"), or `sdk-reading`, where the SDK reads
 * them into other words of the plan ("children" as girls and boys; "the female
 * and adolescent population" as women and adolescents). Absent means `plan`.
 *
 * @example
 * ```ts
 * import { EMPHASIS_SOURCES } from '@mirps/core';
 * EMPHASIS_SOURCES; // ['plan', 'sdk-reading']
 * ```
 */
export const EMPHASIS_SOURCES = deepFreeze(['plan', 'sdk-reading'] as const);

/**
 * Who names a record's emphasis groups: the plan's words, or the SDK's
 * reading of them. See {@link EMPHASIS_SOURCES}.
 *
 * @example
 * ```ts
 * import { emphasisSourceSchema } from '@mirps/core';
 * emphasisSourceSchema.parse('sdk-reading');
 * ```
 */
export const emphasisSourceSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z.enum(EMPHASIS_SOURCES).meta({
    title: 'EmphasisSource',
    description: "Who names a record's emphasis groups: the plan's words or the SDK's reading.",
  }),
);

/**
 * One of {@link EMPHASIS_SOURCES}.
 *
 * @example
 * ```ts
 * import type { EmphasisSource } from '@mirps/core';
 * const source: EmphasisSource = 'plan';
 * ```
 */
export type EmphasisSource = z.infer<typeof emphasisSourceSchema>;
