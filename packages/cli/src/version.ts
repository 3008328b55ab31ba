// The package's own manifest, by its public name: each build inlines it, and the per-module build keeps the import,
// which the package's `exports` resolve from any folder of dist/.
import manifest from '@mirps/cli/package.json' with { type: 'json' };

/** The version of `@mirps/cli`, as its package.json gives it: what `mirps --version` prints. */
export const CLI_VERSION: string = manifest.version;
