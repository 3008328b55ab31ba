import { z } from 'zod';

// A schema's `parse` and `safeParse` run zod's compiled parser (`z.compile`), built on the first call rather than at
// import, so loading the SDK stays cheap and a schema never used is never compiled. The schema keeps its identity
// (metadata, `z.toJSONSchema`, nesting in other schemas); only its two parse methods change. The compiled parser
// answers a valid input; anything else falls back to zod's ordinary parser, so issues are zod's own. Where code
// generation is refused (`z.config({ jitless: true })`, a Content-Security-Policy without 'unsafe-eval', a
// Cloudflare worker: zod's own probe `allowsEval` says so), the schema keeps zod's ordinary parser and is never
// handed to `z.compile`, which would try `new Function` regardless.

/**
 * Makes `schema`'s `parse` and `safeParse` compile it on their first call and
 * use the compiled parser from then on; returns `schema` itself. Its result
 * must be used: the function is marked free of side effects for bundlers.
 */
/* @__NO_SIDE_EFFECTS__ */
export function compiledOnFirstUse<T extends z.ZodType>(schema: T): T {
  const { parse, safeParse } = schema;
  const compile = (): void => {
    schema.parse = parse;
    schema.safeParse = safeParse;
    if (z.config().jitless === true || !z.core.util.allowsEval.value) return;
    const compiled = z.compile(schema);
    schema.parse = compiled.parse;
    schema.safeParse = compiled.safeParse;
  };
  schema.parse = (data, params) => {
    compile();
    return schema.parse(data, params);
  };
  schema.safeParse = (data, params) => {
    compile();
    return schema.safeParse(data, params);
  };
  return schema;
}
