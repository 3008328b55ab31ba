/**
 * `@mirps/schemas`: the MIRPS wire format as JSON Schema, for validators in any
 * language, generated from the zod schemas of `@mirps/core`. Each schema is
 * self-contained (every entity it refers to is under `$defs`), needs no
 * network and no configuration: any validator takes it as it is. The same
 * files ship under `@mirps/schemas/json/*`, with the rules beyond the shape in
 * `json/rules.json`; plain TypeScript types generated from the schemas are at
 * `@mirps/schemas/types`.
 *
 * @packageDocumentation
 */

import type { DocumentRule } from './document-rule.js';
import * as generated from './generated/json-schemas.js';
import type { JsonSchemaDocument } from './json-schema-document.js';

export type { DocumentRule } from './document-rule.js';
export type { JsonSchemaDocument } from './json-schema-document.js';

// Every exported value is frozen, deeply: the schemas are shared by every importer in a process, so
// a write to one (`schemas.ActionPlan.properties = {}`) would change it for all of them. A write now
// throws in strict mode and does nothing otherwise. (This package depends on nothing, so it has its
// own small freezer rather than `deepFreeze` from @mirps/core; use its result, never call it bare.)
/* @__NO_SIDE_EFFECTS__ */
function frozen<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key], seen);
    Object.freeze(value);
  }
  return value;
}

/**
 * The major version of the wire format. It is part of every `$id`
 * (`urn:mirps:schemas:v2:…`) and changes only with a breaking change.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION } from '@mirps/schemas';
 * SCHEMA_VERSION; // 2
 * ```
 */
export const SCHEMA_VERSION = generated.SCHEMA_VERSION;

/**
 * The name of every schema: the four exchange documents and every entity
 * inside them, each the name of its TypeScript type.
 *
 * @example
 * ```ts
 * import { SCHEMA_NAMES } from '@mirps/schemas';
 * SCHEMA_NAMES.includes('ActionPlan'); // true
 * ```
 */
export const SCHEMA_NAMES = /* @__PURE__ */ frozen(generated.SCHEMA_NAMES);

/**
 * One of {@link SCHEMA_NAMES}.
 *
 * @example
 * ```ts
 * import type { SchemaName } from '@mirps/schemas';
 * const name: SchemaName = 'ReferenceData';
 * ```
 */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/**
 * The top-level exchange documents: what a file of MIRPS data holds.
 *
 * @example
 * ```ts
 * import { DOCUMENT_NAMES } from '@mirps/schemas';
 * DOCUMENT_NAMES.includes('NationalActionPlan'); // true
 * ```
 */
export const DOCUMENT_NAMES = /* @__PURE__ */ frozen(generated.DOCUMENT_NAMES);

/**
 * One of {@link DOCUMENT_NAMES}.
 *
 * @example
 * ```ts
 * import type { DocumentName } from '@mirps/schemas';
 * const name: DocumentName = 'PresidencyLedger';
 * ```
 */
export type DocumentName = (typeof DOCUMENT_NAMES)[number];

type Draft = 'Schema2020' | 'SchemaDraft07';
// The generated schemas by export name (`actionPlanSchema2020`): a schema without its export does not compile.
const generatedSchemas: Readonly<Record<`${Uncapitalize<SchemaName>}${Draft}`, JsonSchemaDocument>> = generated;
const camel = (name: SchemaName) => (name.charAt(0).toLowerCase() + name.slice(1)) as Uncapitalize<SchemaName>;
const byName = (draft: Draft): Readonly<Record<SchemaName, JsonSchemaDocument>> =>
  frozen(
    Object.fromEntries(SCHEMA_NAMES.map((name) => [name, generatedSchemas[`${camel(name)}${draft}`]])),
  ) as Readonly<Record<SchemaName, JsonSchemaDocument>>;

/**
 * Every schema in JSON Schema draft 2020-12, by name. Each is self-contained.
 *
 * @example
 * ```ts
 * import { Ajv2020 } from 'ajv/dist/2020.js';
 * import { schemas } from '@mirps/schemas';
 * const validate = new Ajv2020().compile(schemas.ActionPlan);
 * ```
 */
export const schemas: Readonly<Record<SchemaName, JsonSchemaDocument>> = /* @__PURE__ */ byName('Schema2020');

/**
 * Every schema in JSON Schema draft-07, for older tools, by name. Same shapes
 * as {@link schemas}, with `definitions` instead of `$defs`.
 *
 * @example
 * ```ts
 * import { draft07Schemas } from '@mirps/schemas';
 * draft07Schemas.ActionPlan.$schema; // 'http://json-schema.org/draft-07/schema#'
 * ```
 */
export const draft07Schemas: Readonly<Record<SchemaName, JsonSchemaDocument>> = /* @__PURE__ */ byName('SchemaDraft07');

/**
 * Each schema's file name under `@mirps/schemas/json/` (and `json/draft-07/`).
 *
 * @example
 * ```ts
 * import { SCHEMA_FILES } from '@mirps/schemas';
 * SCHEMA_FILES.ActionPlan; // 'action-plan.schema.json'
 * ```
 */
export const SCHEMA_FILES: Readonly<Record<SchemaName, string>> = /* @__PURE__ */ frozen(generated.SCHEMA_FILES);

/**
 * Each exchange document's rules beyond its shape, each
 * `{ code, rule, text: { en, es } }` (`rule` is the English, as `text.en`):
 * what JSON Schema cannot express (references that resolve, numbering, dates
 * within terms), which the parsers of `@mirps/core` check and a JSON Schema
 * validator does not. The same list ships as `@mirps/schemas/json/rules.json`
 * (its shape: `json/rules.schema.json`), and each document's schema points to
 * it in its `$comment`.
 *
 * @example
 * ```ts
 * import { DOCUMENT_RULES } from '@mirps/schemas';
 * DOCUMENT_RULES.ActionPlan.some((r) => r.code === 'ref.unknown-working-group'); // true
 * DOCUMENT_RULES.ActionPlan[0].text.es; // 'Los identificadores son únicos en todo el plan.'
 * ```
 */
export const DOCUMENT_RULES: Readonly<Record<DocumentName, readonly DocumentRule[]>> = /* @__PURE__ */ frozen(
  generated.DOCUMENT_RULES,
);
