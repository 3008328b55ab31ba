import { type ChildProcess, spawn } from 'node:child_process';
import {
  closeSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '@mirps/cli';
import { actionPlan2023 } from '@mirps/core/data';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileKind, makeSpecialFiles } from './special-files.js';

// Adversarial runs of the whole command line, in-process: random argument vectors and hostile files.
// Whatever comes in, the run ends with exit 0, 1 or 2, throws nothing, prints no raw control character
// from the data where a person reads, and touches nothing outside its folder.

const base = mkdtempSync(join(tmpdir(), 'mirps-cli-adversarial-'));
const work = join(base, 'work');
const outside = join(base, 'outside');
mkdirSync(work);
mkdirSync(outside);
writeFileSync(join(outside, 'target.txt'), 'not yours\n');
const specialFiles = await makeSpecialFiles(work);
let fifoGuard: ChildProcess;
beforeAll(() => {
  // A hang guard: should a run open the FIFO and wait for a writer, this writer comes by every few seconds (hostile.test.ts tests the refusal itself).
  fifoGuard = spawn('sh', ['-c', `while :; do sleep 3; : > '${join(work, 'fifo')}'; done`], { stdio: 'ignore' });
});
afterAll(async () => {
  fifoGuard.kill();
  await specialFiles.close();
  rmSync(base, { recursive: true, force: true });
});

const examples = resolve(import.meta.dirname, '../../../examples');
const planJson = JSON.stringify(actionPlan2023, null, 2);
const hostileFiles: Record<string, string | Uint8Array> = {
  'plan.json': planJson,
  'ref.json': readFileSync(join(examples, 'own-data/reference-2024.example.json')),
  'ledger.json': readFileSync(join(examples, 'own-data/ledger-2024.example.json')),
  'progress.json': readFileSync(join(examples, 'progress/progress-2023.example.json')),
  'bom.json': `\uFEFF${planJson}`,
  'crlf.json': planJson.replace(/\n/g, '\r\n'),
  'truncated.json': planJson.slice(0, planJson.length / 2),
  'deep.json': '['.repeat(100_000) + ']'.repeat(100_000),
  'deep-open.json': '{"a":'.repeat(50_000),
  'huge-string.json': JSON.stringify({ ...actionPlan2023, title: { en: 'x'.repeat(4_000_000) } }),
  'proto.json': planJson.replace(
    '{',
    '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
  ),
  'escapes.json': JSON.stringify({
    ...actionPlan2023,
    title: { en: 'Plan\u001b[2J\u0000\u009b31m\r\n' },
    '\u001b]0;key\u0007': 1,
  }),
  'esc-raw.json': `{"title": "\u001b[31m"}`,
  'nul.json': '{"terms": [\u0000]}',
  'utf16.json': Buffer.from(`\uFEFF${planJson}`, 'utf16le'),
  'latin1.json': Buffer.from('{"memberStates": "Panam\xe1"}', 'latin1'),
  'empty.json': '',
  'null.json': 'null',
  'array.json': '[{"id": 1}, null, "x", 1e999]',
  'numbers.json': '{"year": 1e400, "terms": [-0, 123456789012345678901234567890]}',
};
for (const [name, content] of Object.entries(hostileFiles)) writeFileSync(join(work, name), content);
symlinkSync(join(outside, 'target.txt'), join(work, 'link-out'));
symlinkSync(join(work, 'plan.json'), join(work, 'link-plan.json'));
const special = [
  'fifo',
  specialFiles.device,
  'socket',
  'folder',
  'link-out',
  'link-plan.json',
  '/dev/zero',
  '/dev/null',
];
const inputs = [...Object.keys(hostileFiles), ...special, '-', 'missing.json', ''];

/** What may not change: everything outside the work folder, and the kind of each special file. */
function untouched(): string {
  const kinds = special.filter((name) => !name.startsWith('/')).map((name) => `${name}:${fileKind(join(work, name))}`);
  return JSON.stringify({
    base: readdirSync(base),
    outside: readdirSync(outside),
    target: readFileSync(join(outside, 'target.txt'), 'utf8'),
    kinds,
    dev: lstatSync('/dev/null').isCharacterDevice(),
  });
}
const before = untouched();

// Raw control characters: in text, all but TAB and LF; in data sent to a terminal, CR is kept too.
const TEXT_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const DATA_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Whether a run may print data on standard output (JSON, a schema, a report, iCalendar) rather than text. */
const printsData = (args: readonly string[]): boolean =>
  args[0] === 'report' ||
  args[0] === 'schema' ||
  args.some((arg) => arg.startsWith('--json') || arg.startsWith('--ics'));

/** Runs the command line once, with standard input from `stdin`, and checks every promise that holds whatever the arguments. */
function check(args: readonly string[], stdin: string, isTTY: boolean): void {
  let out = '';
  let err = '';
  const fd = openSync(stdin, 'r');
  let code: number;
  try {
    code = runCli(args, { cwd: work, stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: fd, isTTY });
  } finally {
    closeSync(fd);
  }
  const shown = `${JSON.stringify(args).slice(0, 300)} (stdin ${stdin}, isTTY ${isTTY}) → ${code}: ${err.slice(0, 300)}`;
  expect([0, 1, 2], shown).toContain(code);
  expect(err, shown).not.toMatch(TEXT_CONTROLS);
  expect(err, shown).not.toMatch(/\n\s+at /);
  if (isTTY) expect(out, shown).not.toMatch(DATA_CONTROLS);
  else if (!printsData(args)) expect(out, shown).not.toMatch(TEXT_CONTROLS);
  expect(untouched(), shown).toBe(before);
}

const COMMANDS = [
  'presidency',
  'validate',
  'schema',
  'calendar',
  'report',
  'help',
  '--help',
  '-h',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '',
];
const WORDS = [
  'next',
  'schedule',
  'on',
  'check',
  'plan',
  'progress',
  'memoir',
  'ActionPlan',
  'action-plan',
  'action-plan.schema.json',
];
const OPTIONS = [
  '--json',
  '--help',
  '-h',
  '--plan',
  '--reference',
  '--ledger',
  '--progress',
  '--kind',
  '--format',
  '-o',
  '--output',
  '--ics',
  '--force',
  '--max-input-size',
  '--year',
  '--grid',
  '--markdown',
  '--stamp',
  '--as-of',
  '--through',
  '--handover',
  '--draft',
  '--',
  '-',
  '--output=-',
  '--format=toString',
  '--__proto__',
  '--constructor',
  '--json=1',
  '-ho',
];
const VALUES = [
  'md',
  'html',
  'json',
  'toString',
  'constructor',
  '2023',
  '2024',
  '9999',
  '0000',
  '2023-06-01',
  '2023-13-45',
  '1K',
  '50M',
  '0',
  '07',
  '2020-12',
  'action-plan',
  'plan-progress',
  'calendar-activities',
  '2023-01-01T00:00:00Z',
  '',
];
const OUTPUTS = [
  'out.md',
  'out.ics',
  'plan.json',
  'fifo',
  specialFiles.device,
  'socket',
  'folder',
  'link-out',
  'link-plan.json',
  '-',
  'folder/nested.md',
  'missing-folder/out.md',
];

const hostileString = fc.oneof(
  fc.string({
    unit: fc.constantFrom('\u0000', '\u001b', '[', '2J', '\r', '\n', 'a', '-', '=', 'é', '\u009b', '\u202e', '\uFEFF'),
    maxLength: 12,
  }),
  fc.constantFrom('a'.repeat(100_000), '-'.repeat(5_000), `--plan=${'x'.repeat(10_000)}`),
);
const token = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 2 },
  { arbitrary: fc.constantFrom(...OPTIONS), weight: 4 },
  { arbitrary: fc.constantFrom(...VALUES), weight: 2 },
  { arbitrary: fc.constantFrom(...inputs), weight: 3 },
  { arbitrary: fc.constantFrom(...OUTPUTS), weight: 2 },
  { arbitrary: hostileString, weight: 1 },
);
// Random tokens: most such runs end as usage errors.
const randomArgv = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constantFrom(...COMMANDS), weight: 6 }, { arbitrary: hostileString, weight: 1 }),
    fc.array(token, { maxLength: 8 }),
  )
  .map(([command, rest]) => [command, ...rest]);
// Runs shaped like real ones, with hostile files and values, and now and then a random token: these get past the arguments and read files.
const file = fc.constantFrom(...inputs);
const day = fc.constantFrom('2023-06-01', '2024-02-29', '2023-02-29', '1900-01-01', '9999-12-31', 'someday');
const head = fc.oneof(
  file.map((f) => ['validate', f]),
  fc.constant(['presidency', 'next']),
  file.map((f) => ['presidency', 'check', f]),
  day.map((d) => ['presidency', 'on', d]),
  fc.constantFrom('2026', '2100', '9999', '0000').map((year) => ['presidency', 'schedule', '--through', year]),
  fc.constant(['calendar']),
  fc.constant(['report', 'plan']),
  fc.tuple(fc.constantFrom('progress', 'memoir'), file).map(([kind, f]) => ['report', kind, '--progress', f]),
  fc.constantFrom(['schema'], ['schema', 'ActionPlan'], ['schema', 'constructor']),
);
const OPTIONS_OF: Record<string, readonly string[]> = {
  validate: ['--plan', '--reference', '--ledger', '--kind', '--max-input-size', '--json'],
  presidency: ['--reference', '--ledger', '--handover', '--through', '--max-input-size', '--json'],
  calendar: [
    '--plan',
    '--reference',
    '--ledger',
    '--year',
    '--ics',
    '--force',
    '--grid',
    '--markdown',
    '--stamp',
    '--max-input-size',
    '--json',
  ],
  report: [
    '--plan',
    '--reference',
    '--ledger',
    '--progress',
    '--format',
    '-o',
    '--force',
    '--as-of',
    '--max-input-size',
    '--json',
  ],
  schema: ['--draft', '--json'],
};
const FLAGS = new Set(['--force', '--grid', '--markdown', '--json']);
const GOOD_VALUES: Record<string, readonly string[]> = {
  '--format': ['md', 'html', 'json'],
  '--year': ['2023', '2024', '0000', '9999'],
  '--kind': [
    'action-plan',
    'reference-data',
    'presidency-ledger',
    'rotation-setup',
    'plan-progress',
    'calendar-activities',
  ],
  '--as-of': ['2023-06-30', '2023-12-31', '2030-01-01'],
  '--stamp': ['2023-01-01T00:00:00Z', '2023-06-01T12:00:00+02:00'],
  '--max-input-size': ['1K', '64K', '50M', '500M'],
  '--handover': ['2024-01-24', '2023-02-29'],
  '--through': ['2026', '2100', '0000'],
  '--draft': ['07', '2020-12'],
};
/** A value of the kind an option takes (hostile now and then). */
const optionValue = (name: string): fc.Arbitrary<string> => {
  if (['--plan', '--reference', '--ledger', '--progress'].includes(name)) return file;
  if (name === '-o' || name === '--ics') return fc.constantFrom(...OUTPUTS);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...GOOD_VALUES[name]!), weight: 6 },
    { arbitrary: fc.constantFrom(...VALUES), weight: 1 },
    { arbitrary: hostileString, weight: 1 },
  );
};
/** A command's own option with a value of the kind it takes. */
const optionOf = (command: string): fc.Arbitrary<string[]> =>
  fc.constantFrom(...OPTIONS_OF[command]!).chain((name) => {
    if (FLAGS.has(name)) return fc.constant([name]);
    return optionValue(name).map((v) => [name, v]);
  });
const shapedArgv = fc
  .tuple(head, fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: token, weight: 1 }))
  .chain(([first, noise]) =>
    fc
      .array(optionOf(first[0]!), { maxLength: 4 })
      .map((options) => [...first, ...options.flat(), ...(noise === null ? [] : [noise])]),
  );
const argv = fc.oneof({ arbitrary: shapedArgv, weight: 4 }, { arbitrary: randomArgv, weight: 1 });
const stdinSource = fc.constantFrom(
  join(work, 'plan.json'),
  join(work, 'truncated.json'),
  join(work, 'bom.json'),
  '/dev/null',
  '/dev/zero',
);

describe('adversarial runs', () => {
  it('every file-taking position, every hostile file: exit 0, 1 or 2, and nothing else', () => {
    const positions = (file: string): string[][] => [
      ['validate', file],
      ['validate', file, '--json'],
      ['validate', 'plan.json', '--plan', file, '--kind', 'plan-progress'],
      ['calendar', '--plan', file],
      ['calendar', '--reference', file, '--grid'],
      ['presidency', 'check', file],
      ['presidency', 'next', '--reference', file],
      ['report', 'progress', '--progress', file, '--format', 'html'],
    ];
    for (const file of inputs)
      for (const args of positions(file))
        for (const isTTY of [false, true]) check(args, join(work, 'plan.json'), isTTY);
  }, 120_000);

  it('random argument vectors: exit 0, 1 or 2, no raw control characters, nothing touched outside', () => {
    fc.assert(
      fc.property(argv, stdinSource, fc.boolean(), (args, stdin, isTTY) => check(args, stdin, isTTY)),
      { numRuns: 500 },
    );
  }, 120_000);
});
