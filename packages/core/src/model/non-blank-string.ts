import { z } from 'zod';

/** A string with at least one character that is not white space; kept as given (no trimming), so data round-trips unchanged. */
export const nonBlankString = z.string().regex(/\S/, 'Must not be empty or only white space');
