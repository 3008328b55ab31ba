// `npm run demo`: the main job on the embedded data, through the `mirps` command line as a user would run it.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mirps/cli';
import { actionPlan2023, presidencyLedger, referenceData } from '@mirps/core/data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'out');
mkdirSync(join(out, 'schemas', 'draft-07'), { recursive: true });
const written = [];
const progress = relative(out, join(root, 'examples', 'progress', 'progress-2023.example.json'));

/** Runs `mirps …` in out/, printing what it prints; stops the demo on any failure. */
function mirps(...args) {
  let text = '';
  const code = runCli(args, { cwd: out, stdout: (t) => (text += t), stderr: (t) => process.stderr.write(t) });
  if (code !== 0) throw new Error(`mirps ${args.join(' ')} exited with ${code}`);
  return text;
}

/** Writes a file whole or not at all. */
function save(name, text) {
  const target = join(out, name);
  writeFileSync(`${target}.partial`, text);
  renameSync(`${target}.partial`, target);
  written.push(join('out', name));
}
/** Runs a command that writes its own file, and records it. */
function produce(name, ...args) {
  mirps(...args, '-o', name, '--force');
  written.push(join('out', name));
}

console.log('$ mirps presidency check');
console.log(mirps('presidency', 'check'));
console.log('$ mirps presidency next');
console.log(mirps('presidency', 'next'));
console.log('$ mirps presidency schedule --through 2032');
console.log(mirps('presidency', 'schedule', '--through', '2032'));
save('presidency-forecast.json', mirps('presidency', 'schedule', '--through', '2032', '--json'));

console.log('$ mirps calendar --grid');
console.log(mirps('calendar', '--grid'));
// --force: the demo writes out/ anew each time it runs.
mirps('calendar', '--ics', 'calendar-2023.ics', '--force');
written.push(join('out', 'calendar-2023.ics'));
save('calendar-2023-grid.md', mirps('calendar', '--grid', '--markdown'));

for (const format of ['md', 'html']) {
  produce(`action-plan-2023.${format}`, 'report', 'plan', '--format', format);
  // From the illustrative example progress (invented figures, labelled so).
  produce(`progress-2023.example.${format}`, 'report', 'progress', '--progress', progress, '--format', format);
  produce(`memoir-2023.example.${format}`, 'report', 'memoir', '--progress', progress, '--format', format);
}

// The MIRPS Annual Report from the illustrative national examples (invented, and labelled so in the report).
const national = (file) => relative(out, join(root, 'examples', 'national', file));
const annual = [
  ['--year', '2025'],
  ['--national-plan', national('national-plan.example.json')],
  ['--national-progress', national('national-progress.example.json')],
  ['--support', national('regional-support.example.json')],
  ['--progress', progress],
].flat();
for (const language of ['en', 'es'])
  produce(`annual-2025.example.${language}.html`, 'report', 'annual', ...annual, '--lang', language);
// The same illustrative plan and its results for existing systems: an IATI activity file, HXL-tagged CSV. The
// publisher's identifier starts with XX, which no registration agency has: it is an example, not an organisation.
const plans = annual.slice(2, 6);
const publisher = ['--reporting-org', 'XX-EXAMPLE', '--reporting-org-type', '10'];
const name = ['--reporting-org-name', 'Example publisher (not a real organisation)'];
produce('national-plan.example.iati.xml', 'export', 'iati', ...plans, '--progress', progress, ...publisher, ...name);
produce('commitments.example.hxl.csv', 'export', 'hxl', ...plans, '--as-of', '2025-12-31');
produce('indicators.example.hxl.csv', 'export', 'hxl', ...plans, '--table', 'indicators');

for (const { name, file } of JSON.parse(mirps('schema', '--json'))) {
  save(join('schemas', file), mirps('schema', name));
  save(join('schemas', 'draft-07', file), mirps('schema', name, '--draft', '07'));
}

// The embedded data itself, for teams that exchange JSON; validated on the way out.
save('action-plan-2023.json', `${JSON.stringify(actionPlan2023, null, 2)}\n`);
save('reference-data.json', `${JSON.stringify(referenceData, null, 2)}\n`);
save('presidency-ledger.json', `${JSON.stringify(presidencyLedger, null, 2)}\n`);
for (const file of ['action-plan-2023.json', 'reference-data.json', 'presidency-ledger.json'])
  process.stdout.write(`$ mirps validate ${file}\n${mirps('validate', file)}`);

const schemaCount = written.filter((file) => file.includes('schemas')).length;
console.log(
  `\nWrote:\n${written
    .filter((file) => !file.includes('schemas'))
    .map((file) => `  ${file}`)
    .join(
      '\n',
    )}\n  out/schemas/ (${schemaCount} JSON Schemas: draft 2020-12, and draft-07 under out/schemas/draft-07/)`,
);
