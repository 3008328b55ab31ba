// Generates the JSON Schemas, the JS map of them and the TypeScript types from the zod schemas of @mirps/core.
// Pure: returns the files as { path: content }; generate.mjs writes or checks them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@mirps/core';
import { compile } from 'json-schema-to-typescript';
import ts from 'typescript';
import { z } from 'zod';

const here = dirname(fileURLToPath(import.meta.url));
const coreSource = resolve(here, '../../core/src/index.ts');

/** The major version of the wire format; part of every $id. Bump it for a breaking change (see docs/data-exchange.md). */
export const SCHEMA_VERSION = 2;
/** The top-level exchange documents, in the order the docs list them. */
export const DOCUMENTS = [
  'ActionPlan',
  'ReferenceData',
  'PresidencyLedger',
  'RotationSetup',
  'PlanProgress',
  'NationalActionPlan',
  'NationalPlanProgress',
  'RegionalSupport',
];
/** The file, under json/, that lists each document's rules beyond its shape, and the file of its schema. */
export const RULES_FILE = 'rules.json';
export const RULES_SCHEMA_FILE = 'rules.schema.json';

const HEADER =
  'Generated from the zod schemas of @mirps/core by packages/schemas/scripts/generate.mjs. Do not edit: run `npm run generate -w @mirps/schemas`.';

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
export const schemaId = (name) => `urn:mirps:schemas:v${SCHEMA_VERSION}:${kebab(name)}`;
export const schemaFile = (name) => `${kebab(name)}.schema.json`;

/** Doc comments from the core sources: each exported schema's, and each of its object fields'. */
function readDocComments() {
  const program = ts.createProgram([coreSource], {
    allowJs: false,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(coreSource));
  // Links become plain names; hard-wrapped lines join, paragraphs and list items stay apart.
  const clean = (text) =>
    text
      .replace(/\{@link\s+([^}\s|]+)\s*(?:\|\s*([^}]+?)\s*)?\}/g, (_, target, label) => label ?? target)
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim().replace(/\n(?!\s*- )\s*/g, ' '))
      .join('\n\n')
      .trim();
  const docs = new Map();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    if (!exported.name.endsWith('Schema')) continue;
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const summary = clean(ts.displayPartsToString(symbol.getDocumentationComment(checker)));
    const fields = new Map();
    const declaration = symbol.valueDeclaration;
    const visit = (node) => {
      if (
        ts.isCallExpression(node) &&
        /\.strictObject$/.test(node.expression.getText()) &&
        node.arguments[0] &&
        ts.isObjectLiteralExpression(node.arguments[0])
      ) {
        for (const property of node.arguments[0].properties) {
          if (!ts.isPropertyAssignment(property)) continue;
          const text = clean(
            ts.displayPartsToString(checker.getSymbolAtLocation(property.name)?.getDocumentationComment(checker) ?? []),
          );
          if (text) fields.set(property.name.getText(), text);
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) visit(declaration.initializer);
    docs.set(exported.name, { summary, fields });
  }
  return docs;
}

/** Every zod schema @mirps/core exports, named as its TypeScript type. */
function entities(docs) {
  return Object.entries(core)
    .filter(([key, value]) => key.endsWith('Schema') && value instanceof z.ZodType)
    .map(([key, schema]) => {
      const name = key[0].toUpperCase() + key.slice(1, -'Schema'.length);
      const doc = docs.get(key);
      if (!doc?.summary) throw new Error(`${key} has no doc comment to describe its JSON Schema`);
      return { key, name, schema, description: doc.summary, fields: doc.fields };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

const refPrefix = { 'draft-2020-12': '#/$defs/', 'draft-07': '#/definitions/' };
const defsKey = { 'draft-2020-12': '$defs', 'draft-07': 'definitions' };
const dialect = {
  'draft-2020-12': 'https://json-schema.org/draft/2020-12/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
};

/** Every entity's schema for one JSON Schema dialect, referring to the others by local $ref. */
function entitySchemas(list, target) {
  const registry = z.registry();
  for (const entity of list)
    registry.add(entity.schema, { id: entity.name, title: entity.name, description: entity.description });
  const { schemas } = z.toJSONSchema(registry, {
    target,
    io: 'input',
    unrepresentable: 'throw',
    uri: (id) => `${refPrefix[target]}${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      // Only "en" and "es" are allowed, so "at least one of them" is "at least one property".
      if (zodSchema === core.localizedTextSchema) jsonSchema.minProperties = 1;
    },
  });
  for (const entity of list) {
    const schema = schemas[entity.name];
    delete schema.$schema;
    delete schema.$id;
    schema.title = entity.name;
    schema.description = entity.description;
    // Field descriptions from the doc comments; draft-07 ignores keywords beside $ref, so there only on plain fields.
    if (schema.properties) {
      for (const [field, text] of entity.fields) {
        const property = schema.properties[field];
        if (property && !property.description && (target === 'draft-2020-12' || !property.$ref))
          property.description = text;
      }
    }
  }
  return schemas;
}

/** The names a schema refers to, directly and through the schemas it refers to. */
function referencedNames(all, name, target, seen = new Set()) {
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    if (typeof node.$ref === 'string' && node.$ref.startsWith(refPrefix[target])) {
      const target_ = node.$ref.slice(refPrefix[target].length);
      if (!seen.has(target_)) {
        seen.add(target_);
        walk(all[target_]);
      }
    }
    Object.values(node).forEach(walk);
  };
  walk(all[name]);
  seen.delete(name);
  return [...seen].sort();
}

/** The $comment of a document's schema: where its rules beyond the shape are. */
const rulesComment = (name) =>
  'The rules beyond this shape (references that resolve, numbering, dates), which the parsers of @mirps/core check, ' +
  `are listed under "${name}" in @mirps/schemas/json/${RULES_FILE}.`;

/** A self-contained schema document: the entity at the root, everything it refers to under $defs. */
function standalone(all, name, target) {
  const { title, description, ...body } = all[name];
  const defs = Object.fromEntries(referencedNames(all, name, target).map((ref) => [ref, all[ref]]));
  // A $comment, not an extension keyword: every validator accepts it as it is, Ajv's strict mode included.
  const comment = DOCUMENTS.includes(name) ? rulesComment(name) : undefined;
  return {
    $schema: dialect[target],
    $id: target === 'draft-2020-12' ? schemaId(name) : `${schemaId(name)}:draft-07`,
    title,
    description,
    ...(comment ? { $comment: comment } : {}),
    ...body,
    ...(Object.keys(defs).length > 0 ? { [defsKey[target]]: defs } : {}),
  };
}

/** Each document's rules beyond its shape, from DOCUMENT_RULES of @mirps/core, as plain JSON. */
function documentRules() {
  const plainRule = ({ code, rule, text }) => ({ code, rule, text: { en: text.en, es: text.es } });
  return Object.fromEntries(DOCUMENTS.map((name) => [name, core.DOCUMENT_RULES[name].map(plainRule)]));
}

/** The shape of the rules file, for one dialect. */
function documentRulesSchema(target) {
  return {
    $schema: dialect[target],
    $id: target === 'draft-2020-12' ? schemaId('Rules') : `${schemaId('Rules')}:draft-07`,
    title: 'DocumentRules',
    description:
      "Each exchange document's rules beyond the shape its JSON Schema checks: references that resolve, numbering, " +
      'dates. The parsers of @mirps/core check them; a JSON Schema validator does not.',
    type: 'object',
    properties: Object.fromEntries(
      DOCUMENTS.map((name) => [name, { type: 'array', items: { $ref: `${refPrefix[target]}DocumentRule` } }]),
    ),
    required: DOCUMENTS,
    additionalProperties: false,
    [defsKey[target]]: {
      DocumentRule: {
        description: 'A rule a document follows beyond its shape, in English and Spanish.',
        type: 'object',
        properties: {
          code: {
            description: "The issue code @mirps/core's parsers report when the rule is broken.",
            type: 'string',
            pattern: '^[a-z]+\\.[a-z]+(?:-[a-z]+)*$',
          },
          rule: {
            description: 'The rule in a sentence, in English: the same as text.en.',
            type: 'string',
            minLength: 1,
          },
          text: {
            description:
              'The rule in a sentence, in English (en, the same as rule) and in Spanish (es). Always written by the ' +
              'SDK; optional here, so that a rules file written before it was added stays valid.',
            type: 'object',
            properties: {
              en: { description: 'The rule in English.', type: 'string', minLength: 1 },
              es: { description: 'The rule in Spanish.', type: 'string', minLength: 1 },
            },
            required: ['en', 'es'],
            additionalProperties: false,
          },
        },
        required: ['code', 'rule'],
        additionalProperties: false,
      },
    },
  };
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const camel = (name) => name[0].toLowerCase() + name.slice(1);

/** The TypeScript types, generated from the JSON Schemas (not from zod) by json-schema-to-typescript. */
async function typesFrom(all, list) {
  // A description beside a $ref makes json-schema-to-typescript mint a new named type (Id1, Id2, …); types keep the referenced one.
  const plain = JSON.parse(JSON.stringify(all), (_key, value) => {
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      typeof value.$ref === 'string' &&
      'description' in value
    ) {
      const { description, ...rest } = value;
      return rest;
    }
    return value;
  });
  // zod types an optional field `field?: T | undefined`; so do the types, so that they match zod's (and @mirps/core's)
  // both ways under `exactOptionalPropertyTypes` too. JSON has no undefined: JSON.stringify leaves such a field out.
  const types = JSON.parse(JSON.stringify(plain), (_key, value) => {
    if (value?.type !== 'object' || value.properties === undefined) return value;
    const required = new Set(value.required ?? []);
    const properties = Object.fromEntries(
      Object.entries(value.properties).map(([field, schema]) => {
        if (required.has(field)) return [field, schema];
        // The comment stays on the field, with the bounds json-schema-to-typescript would have added to it.
        const { description, ...rest } = schema;
        const bounds = ['minItems', 'maxItems']
          .filter((bound) => bound in rest)
          .map((bound) => `@${bound} ${rest[bound]}`);
        const comment = [description, bounds.join('\n')].filter(Boolean).join('\n\n');
        return [field, { ...(comment ? { description: comment } : {}), anyOf: [rest, { tsType: 'undefined' }] }];
      }),
    );
    return { ...value, properties };
  });
  const bundle = {
    title: 'MirpsSchemaBundle',
    type: 'object',
    properties: Object.fromEntries(list.map((entity) => [entity.name, { $ref: `#/$defs/${entity.name}` }])),
    additionalProperties: false,
    $defs: types,
  };
  const text = await compile(bundle, 'MirpsSchemaBundle', {
    bannerComment: `/* eslint-disable */\n/**\n * ${HEADER}\n *\n * The MIRPS wire format as plain TypeScript types, generated from the JSON Schemas.\n *\n * @packageDocumentation\n */`,
    additionalProperties: false,
    declareExternallyReferenced: true,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    strictIndexSignatures: false,
    unknownAny: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    $refOptions: { resolve: { external: false, http: false, file: false } },
  });
  // The bundle is only a vehicle for generating every type; it is not part of the API.
  const withoutBundle = text.replace(/\nexport interface MirpsSchemaBundle \{[\s\S]*?\n\}\n/, '\n');
  if (withoutBundle === text)
    throw new Error('json-schema-to-typescript output changed shape: MirpsSchemaBundle not found');
  const tidy = withoutBundle
    // json-schema-to-typescript writes minItems as a non-standard @minItems tag; say it in words.
    .replace(
      /^(\s*)\* @(min|max)Items (\d+)$/gm,
      (_, indent, bound, n) => `${indent}* At ${bound === 'min' ? 'least' : 'most'} ${n} item${n === '1' ? '' : 's'}.`,
    )
    .replace(
      / \*\n \* This interface was referenced by `MirpsSchemaBundle`'s JSON-Schema\n \* via the `definition` "\w+"\.\n/g,
      '',
    );
  // Give every generated type an example that imports it, as every export of the SDK has.
  return tidy.replace(
    /(\n\/\*\*\n(?: \*.*\n)*?) \*\/\nexport (interface|type) (\w+)/g,
    (_match, comment, kind, name) =>
      `${comment} *\n * @example\n * \`\`\`ts\n * import type { ${name} } from '@mirps/schemas/types';\n * \`\`\`\n */\nexport ${kind} ${name}`,
  );
}

/** Every generated file, by path relative to packages/schemas. */
export async function generateFiles() {
  const docs = readDocComments();
  const list = entities(docs);
  const files = {};
  const maps = {};
  for (const target of ['draft-2020-12', 'draft-07']) {
    const all = entitySchemas(list, target);
    const folder = target === 'draft-2020-12' ? 'json' : 'json/draft-07';
    maps[target] = {};
    for (const entity of list) {
      const document = standalone(all, entity.name, target);
      files[`${folder}/${schemaFile(entity.name)}`] = json(document);
      maps[target][entity.name] = document;
    }
    files[`${folder}/${RULES_SCHEMA_FILE}`] = json(documentRulesSchema(target));
    if (target === 'draft-2020-12') files['src/types.ts'] = await typesFrom(all, list);
  }
  const rules = documentRules();
  files[`json/${RULES_FILE}`] = json(rules);
  const names = list.map((entity) => entity.name);
  files['src/generated/json-schemas.ts'] = [
    `// ${HEADER}`,
    "import type { DocumentRule } from '../document-rule.js';",
    "import type { JsonSchemaDocument } from '../json-schema-document.js';",
    '',
    '/** The major version of the wire format, part of every $id. */',
    `export const SCHEMA_VERSION = ${SCHEMA_VERSION};`,
    '',
    '/** Every schema name, in alphabetical order. */',
    `export const SCHEMA_NAMES = ${JSON.stringify(names)} as const;`,
    '',
    '/** The top-level exchange documents. */',
    `export const DOCUMENT_NAMES = ${JSON.stringify(DOCUMENTS)} as const;`,
    '',
    "/** Each schema's file name under json/ and json/draft-07/. */",
    `export const SCHEMA_FILES = ${JSON.stringify(Object.fromEntries(names.map((name) => [name, schemaFile(name)])))} as const;`,
    '',
    `/** Each document's rules beyond its shape, as in json/${RULES_FILE}. */`,
    'export const DOCUMENT_RULES: Record<(typeof DOCUMENT_NAMES)[number], readonly DocumentRule[]> =',
    `  ${JSON.stringify(rules)};`,
    '',
    ...names.map(
      (name) =>
        `/** JSON Schema (draft 2020-12) of ${name}. */\nexport const ${camel(name)}Schema2020: JsonSchemaDocument = ${JSON.stringify(maps['draft-2020-12'][name])};\n`,
    ),
    ...names.map(
      (name) =>
        `/** JSON Schema (draft-07) of ${name}. */\nexport const ${camel(name)}SchemaDraft07: JsonSchemaDocument = ${JSON.stringify(maps['draft-07'][name])};\n`,
    ),
  ].join('\n');
  return files;
}

/** The version of json-schema-to-typescript in use, for the record. */
export function generatorVersions() {
  const require = createRequire(import.meta.url);
  const version = (name) =>
    JSON.parse(readFileSync(join(dirname(require.resolve(`${name}/package.json`)), 'package.json'), 'utf8')).version;
  return { zod: version('zod'), 'json-schema-to-typescript': version('json-schema-to-typescript') };
}
