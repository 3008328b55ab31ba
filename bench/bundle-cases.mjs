// What a browser app imports, bundled by esbuild (minified, zod left to the app), and the size each may not exceed.

import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Each case: what is imported, and the budget in gzipped bytes. */
export const BUNDLE_CASES = [
  {
    name: '@mirps/core: createRotation only',
    contents: "export { createRotation } from '@mirps/core';",
    budget: 22_500,
  },
  {
    name: '@mirps/core: the parsers only',
    contents: "export { parseActionPlan, safeParseActionPlan } from '@mirps/core';",
    budget: 33_500,
  },
  {
    name: '@mirps/core: the MIRPS rotation (with its embedded data)',
    contents: "export { nextPresidency, projectPresidencies } from '@mirps/core';",
    budget: 39_500,
  },
  // The national level (three documents, their rules and their messages in two languages) added ~2.8 KB to core
  // and ~11 KB to the schemas (seventeen more self-contained files); the parsers alone did not grow.
  // DOCUMENT_RULES in Spanish too (82 rules' text.es) added ~2.1 KB to core and ~2.6 KB to the schemas (rules.json).
  { name: '@mirps/core: whole package', contents: "export * from '@mirps/core';", budget: 53_500 },
  { name: '@mirps/core/data', contents: "export * from '@mirps/core/data';", budget: 17_000 },
  { name: '@mirps/schemas: whole package', contents: "export * from '@mirps/schemas';", budget: 57_000 },
  { name: '@mirps/calendar: whole package', contents: "export * from '@mirps/calendar';", budget: 92_000 },
  // The national level added ~17 KB to the whole report package: the annual report (its chapters and their
  // bilingual texts, ~5.7 KB), the IATI and HXL exports (~6.5 KB), and core's national parsers they all validate
  // with (~3.3 KB). A bundler drops what an application does not import (one file per module).
  { name: '@mirps/report: whole package', contents: "export * from '@mirps/report';", budget: 102_000 },
];

/**
 * Bundles one case for the browser. esbuild fails on any import of Node's own
 * modules (`node:fs`, `path`…) for the browser platform, so a successful
 * bundle also proves the package is browser-fit.
 */
export async function bundleSize(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    external: ['zod'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code).length };
}
