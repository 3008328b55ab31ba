import { z } from 'zod';

/** An http(s) address, checked by one pattern so JSON Schema validators agree with zod. */
export const webAddressSchema = z
  .string()
  .regex(/^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/, 'An address starts with http:// or https:// and has no spaces');
