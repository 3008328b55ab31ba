import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The embedded MIRPS data is a default only at the public entry points: a module below one never imports it,
// so a caller's own reference data, ledger and plan are what every function works on.
const root = resolve(import.meta.dirname, '..');
const packages = join(root, 'packages');
const coreData = join(packages, 'core', 'src', 'data');

/** The entry points: each package's index, the command line's bin, and the data entry itself. */
const isEntryPoint = (file: string): boolean =>
  /^packages\/[^/]+\/src\/index\.ts$/.test(file) || file === 'packages/cli/src/bin.ts';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The modules a file imports or re-exports, statically or dynamically; comments (TSDoc examples) left out. */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

/** Whether an import specifier, written in `file`, reaches the embedded data. */
function readsEmbeddedData(file: string, specifier: string): boolean {
  if (specifier === '@mirps/core/data' || specifier.startsWith('@mirps/core/data/')) return true;
  if (!specifier.startsWith('.')) return false;
  const target = resolve(dirname(file), specifier);
  return target === coreData || target.startsWith(coreData + sep);
}

const files = readdirSync(packages).flatMap((name) => sourceFiles(join(packages, name, 'src')));

describe('the embedded data is a default only at the entry points', () => {
  it("reads every package's sources", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(
      importsOf(
        "import { a } from './a.js';\nexport { b } from \"@mirps/core/data\";\nconst c = await import('./c.js');",
      ),
    ).toEqual(['./a.js', '@mirps/core/data', './c.js']);
    expect(
      importsOf("/**\n * import { x } from '@mirps/core/data';\n */\n// import { y } from './y.js';\nimport './z.js';"),
    ).toEqual(['./z.js']);
  });

  it("no module below an entry point, outside core's data folder, imports the embedded data", () => {
    const offenders = files
      .filter((file) => !file.startsWith(coreData + sep))
      .map((file) => ({
        file: relative(root, file).split(sep).join('/'),
        specifiers: importsOf(readFileSync(file, 'utf8')).filter((s) => readsEmbeddedData(file, s)),
      }))
      .filter(({ file, specifiers }) => specifiers.length > 0 && !isEntryPoint(file));
    expect(offenders).toEqual([]);
  });

  it('the entry points that fill in the embedded data are the ones expected', () => {
    const users = files
      .filter((file) => !file.startsWith(coreData + sep))
      .filter((file) => importsOf(readFileSync(file, 'utf8')).some((s) => readsEmbeddedData(file, s)))
      .map((file) => relative(root, file).split(sep).join('/'))
      .sort();
    expect(users).toEqual([
      'packages/calendar/src/index.ts',
      'packages/cli/src/bin.ts',
      'packages/cli/src/index.ts',
      'packages/core/src/index.ts',
      'packages/report/src/index.ts',
    ]);
  });
});
