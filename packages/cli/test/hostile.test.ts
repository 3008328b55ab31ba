import { spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLI_EXIT_CODES, DEFAULT_MAX_INPUT_BYTES, runCli } from '@mirps/cli';
import { actionPlan2023 } from '@mirps/core/data';
import { afterAll, describe, expect, it } from 'vitest';
import { commandIo } from '../src/terminal.js';
import { type CliRun, runIn } from './run-in-process.js';
import { fileKind, makeSpecialFiles } from './special-files.js';

// Hostile input and special files: what the command line reads, writes and prints when a file or an argument is not what it expects.

const folder = mkdtempSync(join(tmpdir(), 'mirps-cli-hostile-'));
const outside = mkdtempSync(join(tmpdir(), 'mirps-cli-outside-'));
// The special files: a FIFO, a socket, a folder, a device node (ours when root, else /dev/null, which only root could replace).
const special = await makeSpecialFiles(folder);
const device = special.device;
afterAll(async () => {
  await special.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const mirps = (...args: string[]): CliRun => runIn(folder, args);
const write = (name: string, content: string | Uint8Array): string => {
  writeFileSync(join(folder, name), content);
  return name;
};
const planJson = JSON.stringify(actionPlan2023);

// Links: one to a file outside the folder, one to nothing, one to a file inside.
writeFileSync(join(outside, 'target.txt'), 'not yours\n');
symlinkSync(join(outside, 'target.txt'), join(folder, 'link-out'));
symlinkSync(join(folder, 'missing-target'), join(folder, 'link-dangling'));
write('plan.json', planJson);
symlinkSync(join(folder, 'plan.json'), join(folder, 'link-plan.json'));

const kindOf = (name: string): string => fileKind(resolve(folder, name));

const partials = (): string[] => readdirSync(folder).filter((name) => name.endsWith('.partial'));

const writers = [
  // --format md: these files are named .txt, an extension that names no report format.
  {
    name: 'report -o',
    args: (file: string) => ['report', 'plan', '--format', 'md', '-o', file],
    starts: '# Regional Action Plan 2023',
  },
  { name: 'calendar --ics', args: (file: string) => ['calendar', '--ics', file], starts: 'BEGIN:VCALENDAR' },
];

describe.each(writers)('$name writes only regular files', ({ args, starts }) => {
  it('writes a new file, and refuses to replace an existing one without --force', () => {
    const file = `out-${args('x')[0]}.txt`;
    rmSync(join(folder, file), { force: true });
    expect(mirps(...args(file))).toMatchObject({ code: 0, out: '' });
    expect(readFileSync(join(folder, file), 'utf8').startsWith(starts)).toBe(true);
    writeFileSync(join(folder, file), 'mine\n');
    chmodSync(join(folder, file), 0o640);
    expect(mirps(...args(file))).toEqual({
      code: 1,
      out: '',
      err: `${file}: the file exists; give --force to replace it\n`,
    });
    expect(readFileSync(join(folder, file), 'utf8')).toBe('mine\n');
    const forced = mirps(...args(file), '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(folder, file), 'utf8').startsWith(starts)).toBe(true);
    expect(statSync(join(folder, file)).mode & 0o777).toBe(0o640);
    expect(partials()).toEqual([]);
  });

  it.each([
    ['fifo', 'a FIFO (named pipe)'],
    ['socket', 'a socket'],
    ['folder', 'a folder'],
    [device, 'a character device'],
  ])('never replaces %s, even with --force', (target, kind) => {
    const before = kindOf(target);
    for (const force of [[], ['--force']]) {
      const run = mirps(...args(target), ...force);
      expect(run.code).toBe(1);
      expect(run.err).toBe(
        `${target}: is ${kind}, not a file; mirps writes only regular files (- writes to standard output)\n`,
      );
      expect(kindOf(target)).toBe(before);
    }
    expect(partials()).toEqual([]);
  });

  it('never replaces a symbolic link nor writes through it, even with --force', () => {
    for (const link of ['link-out', 'link-dangling', 'link-plan.json']) {
      for (const force of [[], ['--force']]) {
        const run = mirps(...args(link), ...force);
        expect(run.code).toBe(1);
        expect(run.err).toBe(
          `${link}: is a symbolic link; mirps does not replace links, even with --force: name the file it points to, or remove the link\n`,
        );
        expect(kindOf(link)).toBe('link');
      }
    }
    expect(readFileSync(join(outside, 'target.txt'), 'utf8')).toBe('not yours\n');
    expect(readdirSync(outside)).toEqual(['target.txt']);
    expect(readFileSync(join(folder, 'plan.json'), 'utf8')).toBe(planJson);
    expect(() => lstatSync(join(folder, 'missing-target'))).toThrow();
  });

  it('names a folder that does not exist', () => {
    expect(mirps(...args('no-such-folder/out.txt'))).toMatchObject({
      code: 1,
      err: 'no-such-folder/out.txt: cannot write the file (ENOENT)\n',
    });
  });
});

describe('reading input', () => {
  it('reads only regular files: a FIFO with no writer is refused at once, never waited on', () => {
    // A hang guard: should the command open the FIFO and wait, this writer ends the wait and the test fails instead of hanging.
    const guard = spawn('sh', ['-c', `sleep 10; echo '{}' > '${join(folder, 'fifo')}'`], { stdio: 'ignore' });
    try {
      expect(mirps('validate', 'fifo')).toEqual({
        code: 1,
        out: '',
        err: 'fifo: is a FIFO (named pipe), not a file; give a regular file, or - to read standard input\n',
      });
      expect(mirps('report', 'plan', '--plan', 'fifo').err).toMatch(/^fifo: is a FIFO/);
    } finally {
      guard.kill();
    }
  }, 30_000);

  it('refuses devices, sockets and folders by name', () => {
    expect(mirps('validate', '/dev/zero')).toEqual({
      code: 1,
      out: '',
      err: '/dev/zero: is a character device, not a file; give a regular file, or - to read standard input\n',
    });
    expect(mirps('presidency', 'next', '--ledger', 'socket').err).toMatch(/^socket: is a socket, not a file/);
    expect(mirps('calendar', '--reference', 'folder')).toMatchObject({
      code: 1,
      err: 'folder: is a folder, not a file; give a regular file, or - to read standard input\n',
    });
    // A link to a regular file is read as the file.
    expect(mirps('validate', 'link-plan.json')).toMatchObject({
      code: 0,
      out: 'link-plan.json: a valid action-plan\n',
    });
  });

  it('refuses a file larger than the limit, and names the option that raises it', () => {
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(50 * 1024 * 1024);
    const size = statSync(join(folder, 'plan.json')).size;
    expect(size).toBeGreaterThan(1024);
    expect(mirps('validate', 'plan.json', '--max-input-size', '1K')).toEqual({
      code: 1,
      out: '',
      err: 'plan.json: larger than the input limit of 1K; give --max-input-size with a larger size (up to 500M), e.g. --max-input-size 2K\n',
    });
    expect(mirps('validate', 'plan.json', '--max-input-size', String(size)).code).toBe(0);
    expect(mirps('validate', 'plan.json', '--max-input-size', String(size - 1)).code).toBe(1);
    expect(mirps('validate', 'plan.json', '--max-input-size', '1MiB').code).toBe(0);
    for (const bad of ['0', '-1', 'lots', '1T', '501M', '1.5M', '1 M']) {
      const run = mirps('validate', 'plan.json', `--max-input-size=${bad}`);
      expect(run.code, bad).toBe(2);
      expect(run.err).toContain('--max-input-size takes a size from 1 to 500M');
    }
  });

  it('reads standard input for -, with the same limit: an endless one is cut off at the limit', () => {
    const plan = openSync(join(folder, 'plan.json'), 'r');
    const zero = openSync('/dev/zero', 'r');
    try {
      expect(runIn(folder, ['validate', '-'], { stdin: plan })).toEqual({
        code: 0,
        out: '-: a valid action-plan\n',
        err: '',
      });
      const endless = runIn(folder, ['validate', '-', '--max-input-size', '1M'], { stdin: zero });
      expect(endless).toMatchObject({ code: 1, out: '' });
      expect(endless.err).toMatch(/^-: larger than the input limit of 1M; give --max-input-size/);
      // The default limit holds too (50M of zeros, read in 1M chunks).
      expect(runIn(folder, ['validate', '-'], { stdin: zero }).err).toMatch(/^-: larger than the input limit of 50M;/);
      const again = openSync(join(folder, 'plan.json'), 'r');
      expect(runIn(folder, ['validate', '-', '--plan', '-'], { stdin: again })).toMatchObject({
        code: 2,
        err: expect.stringContaining('Standard input (-) can be read for one file only'),
      });
      closeSync(again);
    } finally {
      closeSync(plan);
      closeSync(zero);
    }
  });

  it('accepts a UTF-8 byte order mark, and says what else is wrong with the encoding', () => {
    expect(mirps('validate', write('bom.json', `\uFEFF${planJson}`))).toEqual({
      code: 0,
      out: 'bom.json: a valid action-plan\n',
      err: '',
    });
    expect(mirps('validate', write('utf16.json', Buffer.from(`\uFEFF${planJson}`, 'utf16le'))).err).toBe(
      'utf16.json: UTF-16 text; save it as UTF-8\n',
    );
    expect(mirps('validate', write('latin1.json', Buffer.from('{"title": "Panam\xe1"}', 'latin1'))).err).toBe(
      'latin1.json: not UTF-8 text; save it as UTF-8\n',
    );
  });

  it('reports JSON syntax errors with their line and column, and no stack trace', () => {
    const cases: [string, string][] = [
      ['{\n  "a": 1,\n  "b" 2\n}', "line 3, column 7: expected ':' after the property name, found '2'"],
      ['{"a": 1,}', "line 1, column 9: expected a property name in double quotes, found '}'"],
      ['[1, 2', "line 1, column 6: expected ',' or ']' after an array element, found the end of the text"],
      ['[1, 2,]', "line 1, column 7: a comma cannot come before ']': remove it"],
      ['', 'line 1, column 1: the text is empty: a JSON document holds one value, e.g. {}'],
      [
        '{"a": 01}',
        "line 1, column 8: a number cannot go on with '1' (no leading zeros; digits after '.' and after 'e')",
      ],
      [
        '{"a": "x\u001by"}',
        'line 1, column 9: the control character U+001B inside a string: write it escaped (\\n, \\t, \\u001b…)',
      ],
      ['\uFEFF{} x', "line 1, column 4: expected the end of the text after the JSON value, found 'x'"],
      [
        '{"a": tru}',
        "line 1, column 7: expected a value (an object, array, string, number, true, false or null), found 't'",
      ],
      [
        `${'['.repeat(100_000)}`,
        'line 1, column 100001: expected a value (an object, array, string, number, true, false or null), found the end of the text',
      ],
    ];
    for (const [text, problem] of cases) {
      const run = mirps('validate', write('broken.json', text));
      expect(run, JSON.stringify(text)).toEqual({ code: 1, out: '', err: `broken.json: not valid JSON: ${problem}\n` });
    }
  });

  it('reads deep nesting and __proto__ keys as data', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(mirps('validate', write('deep.json', deep), '--kind', 'action-plan')).toMatchObject({
      code: 1,
      out: expect.stringContaining('(root): Expected an object'),
    });
    const proto = mirps('validate', write('proto.json', planJson.replace('{', '{"__proto__": {"year": 1999},')));
    expect(proto.code).toBe(1);
    expect(proto.out).toContain('proto.json: __proto__: Unknown field "__proto__"');
    expect(({} as Record<string, unknown>).year).toBeUndefined();
  });
});

describe('names and option values', () => {
  it('looks commands up by their own names only', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const run = mirps(name);
      expect(run.code, name).toBe(2);
      expect(run.err.split('\n')[0]).toBe(`mirps: unknown command ${JSON.stringify(name)}`);
    }
  });

  it('refuses unknown and malformed option values with exit 2', () => {
    for (const format of ['toString', 'constructor', '__proto__', 'pdf'])
      expect(mirps('report', 'plan', '--format', format)).toMatchObject({
        code: 2,
        out: '',
        err: expect.stringContaining(`--format is md, html or json; got ${format}`),
      });
    expect(mirps('validate', 'plan.json', '--kind', 'constructor').code).toBe(2);
    expect(mirps('report', 'progress', '--progress', 'plan.json', '--as-of', 'someday').err).toContain(
      '--as-of takes a day as YYYY-MM-DD; got someday',
    );
    expect(mirps('calendar', '--ics', '-', '--stamp', 'yesterday')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('--stamp takes an instant'),
    });
    expect(mirps('report', 'plan', '-o', '')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--output needs a value; it is empty'),
    });
    expect(mirps('validate', '')).toMatchObject({ code: 2, err: expect.stringContaining('A file name is empty') });
  });
});

describe('the terminal', () => {
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
  // A file name is data the command line prints back; this one clears the screen, sets the window title and turns text red (C1 CSI).
  const evilName = 'plan\u001b[2J\u001b]0;pwned\u0007\u009b31m.json';
  const evilShown = 'plan\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m.json';
  write(evilName, planJson);

  it('shows control characters escaped in human-readable output and in every message', () => {
    expect(mirps('validate', evilName)).toEqual({ code: 0, out: `${evilShown}: a valid action-plan\n`, err: '' });
    const missing = mirps('validate', `missing-${evilName}`);
    expect(missing).toEqual({ code: 1, out: '', err: `missing-${evilShown}: cannot read the file (ENOENT)\n` });
    for (const run of [
      mirps('\u001b[31m\r'),
      mirps('presidency', 'on', '\u009b2J'),
      mirps('report', 'plan', '--format', '\u001b[5m'),
      mirps('calendar', '--year', '\r\u001b[K'),
    ]) {
      expect(run.code).toBe(2);
      expect(run.err).not.toMatch(controls);
    }
  });

  it('writes data as it is, except to a terminal', () => {
    // JSON.stringify escapes C0 controls but not C1: the file name's CSI stays raw in JSON data.
    const data = mirps('validate', evilName, '--json');
    expect(data.out).toContain('\u009b31m');
    expect(JSON.parse(data.out).file).toBe(evilName);
    const toTerminal = runIn(folder, ['validate', evilName, '--json'], { isTTY: true });
    expect(toTerminal.out).toBe(data.out.replace('\u009b', '\\u009b'));
    expect(toTerminal.out).not.toMatch(controls);
    // …and is still the same JSON.
    expect(JSON.parse(toTerminal.out)).toEqual(JSON.parse(data.out));
    // Line ends of data (the CRLF of iCalendar) are kept on a terminal.
    expect(runIn(folder, ['calendar', '--ics', '-'], { isTTY: true }).out).toMatch(
      /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/,
    );
  });

  it('escapes by kind of output: text always, data only to a terminal', () => {
    const text = 'a\u001b[31mb\tc\r\nd\u007f\u0085\u009b';
    const seen = (isTTY: boolean): Record<'stdout' | 'stderr' | 'data', string> => {
      const printed = { stdout: '', stderr: '', data: '' };
      const io = commandIo({
        cwd: folder,
        stdout: (t) => (printed.stdout += t),
        stderr: (t) => (printed.stderr += t),
        isTTY,
      });
      io.stdout(text);
      io.stderr(text);
      const { stdout } = printed;
      printed.stdout = '';
      io.data(text);
      return { stdout, stderr: printed.stderr, data: printed.stdout };
    };
    const escapedText = 'a\\u001b[31mb\tc\\u000d\nd\\u007f\\u0085\\u009b';
    expect(seen(false)).toEqual({ stdout: escapedText, stderr: escapedText, data: text });
    expect(seen(true)).toEqual({
      stdout: escapedText,
      stderr: escapedText,
      data: 'a\\u001b[31mb\tc\r\nd\\u007f\\u0085\\u009b',
    });
  });
});

describe('exit codes', () => {
  it('documents them', () => {
    expect(CLI_EXIT_CODES).toEqual({ ok: 0, invalid: 1, usage: 2, internal: 70 });
  });

  it('turns an unexpected exception into one line and exit 70, never a stack trace', () => {
    let err = '';
    const code = runCli(['schema'], {
      cwd: folder,
      stdout: () => {
        throw new TypeError('the output is gone');
      },
      stderr: (t) => (err += t),
    });
    expect(code).toBe(70);
    expect(err).toBe(
      'mirps: internal error (TypeError: the output is gone); please report it with the command that caused it\n',
    );
  });
});
