import { readdirSync } from 'node:fs';

// The English fragments of every catalogue in src/i18n (each `*-messages.ts` module), for the tests that prove Spanish
// output holds no English. Each catalogue module has one `english…Fragments` function; a new catalogue without one
// fails here, so no catalogue is left out of those tests.

const CATALOGUES = readdirSync(new URL('../src/i18n/', import.meta.url)).filter((name) =>
  name.endsWith('-messages.ts'),
);

const perCatalogue = await Promise.all(
  CATALOGUES.map(async (name) => {
    const module = (await import(/* @vite-ignore */ `../src/i18n/${name.replace(/\.ts$/, '.js')}`)) as Record<
      string,
      unknown
    >;
    const fragments = Object.entries(module).filter(
      ([key, value]) => /^english\w*Fragments$/.test(key) && typeof value === 'function',
    );
    if (fragments.length !== 1)
      throw new Error(`src/i18n/${name} must export one english…Fragments function, not ${fragments.length}`);
    return (fragments[0]![1] as () => string[])();
  }),
);

/** The names of the catalogue modules the fragments come from. */
export const CATALOGUE_MODULES: readonly string[] = CATALOGUES;

/** The static English fragments of all the catalogues (at least six characters, not the same in Spanish). */
export const ENGLISH_FRAGMENTS: readonly string[] = [...new Set(perCatalogue.flat())];
