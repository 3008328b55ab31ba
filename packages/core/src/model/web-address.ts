import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { NO_CONTROL_CHARACTER } from './non-blank-string.js';

/**
 * An http(s) address without spaces or control characters, checked by one
 * pattern so JSON Schema validators agree with zod (the lookahead refuses a
 * control character anywhere, a final newline too, which Python's `$` would let through).
 */
export const webAddressSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .string()
    .regex(
      new RegExp(`^${NO_CONTROL_CHARACTER}https?:\\/\\/[^\\s/?#]+(?:[/?#]\\S*)?$`),
      'An address starts with http:// or https:// and has no spaces',
    ),
);
