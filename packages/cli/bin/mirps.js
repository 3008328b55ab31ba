#!/usr/bin/env node
// The `mirps` command. Committed (not built), so that npm links it at install time, before `npm run build` has made
// dist/: in a fresh clone, `npm ci && npm run build` then `npx @mirps/cli …` works. It loads the built command line.
import '../dist/bin.js';
