import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { nonBlankLine, nonBlankString } from './non-blank-string.js';
import { webAddressSchema } from './web-address.js';

/**
 * Where a fact comes from: a document, optionally the section in it, its
 * address, and a note (for example when two sources differ). Every record may
 * carry its sources, as in Popolo.
 *
 * @example
 * ```ts
 * import { sourceSchema } from '@mirps/core';
 * sourceSchema.parse({
 *   document: 'Regional Action Plan 2023, MIRPS Pro-Tempore Presidency, Republic of Panama',
 *   section: 'Background',
 * });
 * ```
 */
export const sourceSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The document's title, as a person would cite it. */
      document: nonBlankLine,
      /** The section, table or page of the document. */
      section: nonBlankLine.optional(),
      /** The document's address, when it has one. */
      url: webAddressSchema.optional(),
      /** A remark on what this source says, e.g. where it differs from another. */
      note: nonBlankString.optional(),
      /** This source marks the record as invented for an example, not real data: reports built from it say so at the top. */
      illustrative: z.literal(true).optional(),
    })
    .meta({ title: 'Source', description: 'Where a fact comes from.' }),
);

/**
 * A citation of where a fact comes from.
 *
 * @example
 * ```ts
 * import type { Source } from '@mirps/core';
 * const source: Source = { document: 'OAS press release E-107/21' };
 * ```
 */
export type Source = z.infer<typeof sourceSchema>;

/** The optional `sources` field every record may carry. */
export const sourcesField = /* @__PURE__ */ z.array(sourceSchema).min(1).optional();
