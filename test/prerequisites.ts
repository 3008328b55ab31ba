// What some tests need from outside the repository: the independent checkers from Debian and the sources beside
// the checkout. Where one is absent on a developer's machine, the tests that need it skip, and the run says which and
// why (test/prerequisites-report.ts); in CI (`.ci/run` installs them all) they run and fail instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Something tests need that the repository does not hold. */
export interface Prerequisite {
  /** What it is, as the skip notice names it. */
  readonly name: string;
  /** Whether this machine has it. */
  readonly present: () => boolean;
  /** How to get it. */
  readonly remedy: string;
}

/** The Chromium that playwright-core drives (it never downloads a browser). */
export const CHROMIUM = '/usr/bin/chromium';

/** How the tests start that Chromium: headless, and with nothing that reaches the network by itself. */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** Debian's interpreter: only it sees Debian's Python packages. */
export const DEBIAN_PYTHON = '/usr/bin/python3';

/** libxml2's command-line checker, which validates XML against an XML Schema (the IATI export's tests use it). */
export const XMLLINT = '/usr/bin/xmllint';

/** The sources beside the checkout, as in CI: `../shared/sources`. */
export const SHARED_SOURCES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'sources');

/** `check`, asked once: the answer is kept (checking Python spawns a process). */
const once = (check: () => boolean) => {
  let present: boolean | undefined;
  return (): boolean => (present ??= check());
};
const pythonHas = (module: string): boolean =>
  existsSync(DEBIAN_PYTHON) && spawnSync(DEBIAN_PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0;

/** Every prerequisite of the suite. */
export const PREREQUISITES = {
  chromium: {
    name: `Chromium at ${CHROMIUM}`,
    present: once(() => existsSync(CHROMIUM)),
    remedy: 'apt-get install chromium',
  },
  pythonJsonschema: {
    name: `Python's jsonschema for ${DEBIAN_PYTHON}`,
    present: once(() => pythonHas('jsonschema')),
    remedy: 'apt-get install python3-jsonschema',
  },
  pythonIcalendar: {
    name: `Python's icalendar for ${DEBIAN_PYTHON}`,
    present: once(() => pythonHas('icalendar')),
    remedy: 'apt-get install python3-icalendar',
  },
  xmllint: {
    name: `libxml2's xmllint at ${XMLLINT}`,
    present: once(() => existsSync(XMLLINT)),
    remedy: 'apt-get install libxml2-utils',
  },
  sharedSources: {
    name: 'the MIRPS sources in ../shared/sources',
    present: once(() => existsSync(join(SHARED_SOURCES, 'mirps-regional-action-plan-2023.txt'))),
    remedy: "check the repository out beside the project's shared/ folder, as CI does",
  },
} as const satisfies Record<string, Prerequisite>;

/** Whether CI runs this suite: there every prerequisite is required. */
export const IN_CI = Boolean(process.env.CI);

/** Whether the tests that need `prerequisite` run: when it is present, and always in CI, where its absence fails them. */
export function runsWith(prerequisite: Prerequisite): boolean {
  return IN_CI || prerequisite.present();
}
