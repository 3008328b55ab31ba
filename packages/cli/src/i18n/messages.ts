import type { Language } from '@mirps/core';

// Every text of the command line meant for people, in English and in Spanish: help, results, usage and input errors.
// A function entry fills in its arguments; `englishFragments` below lists what no Spanish output may contain.

const en = {
  // run-cli.ts
  help: `Usage: mirps <command> [options]

The MIRPS SDK on the command line. Every command works on the embedded MIRPS
data by default, and on a team's own JSON files when given: --reference
(reference data) and --ledger (a presidency ledger), taken by validate,
calendar, report and presidency; --plan, where a plan is read (validate,
calendar and report).

Commands:
  presidency   the next Pro-Tempore Presidency and why, the schedule, the holder on a day, a ledger check
  validate     check MIRPS JSON files and list every issue with its path
  schema       print a JSON Schema
  calendar     the plan's calendar, its month grid, an iCalendar file
  report       the plan, progress, memoir and annual reports in Markdown, HTML or JSON
  export       national plans and their results as IATI activity XML or HXL-tagged CSV

Run mirps <command> --help for a command's options, mirps --version (or -V)
for the version. Every command takes --json, and --lang es for its messages
and help in Spanish (--lang en, the default).
Files are read only when regular files, or - for standard input, and up to
--max-input-size (50M by default); -o and --ics write a new file, and replace
an existing regular file only with --force (never a link or a special file).

Exit codes: 0 ok; 1 invalid input (the file and the path are named), or a
departure found by presidency check; 2 usage error; 70 an internal error.
`,
  unknownCommand: (name: string) => `mirps: unknown command ${name}\n\n`,
  usage: (command: string, message: string) =>
    `mirps ${command}: ${message}\nRun mirps ${command} --help for the options.\n`,
  usageOfMirps: (message: string) => `mirps: ${message}\nRun mirps --help for the options.\n`,
  languageMissing: '--lang needs a value: en (English) or es (español)',
  languageUnknown: (got: string) => `--lang takes en (English) or es (español); got ${got}`,
  internalError: (detail: string) =>
    `mirps: internal error (${detail}); please report it with the command that caused it\n`,

  // context.ts: the arguments
  unknownOption: (option: string) => `Unknown option '${option}'.`,
  missingValue: (option: string) => `Option '${option} <value>' argument missing`,
  takesNoValue: (option: string) => `Option '${option}' does not take an argument`,
  emptyValue: (name: string) => `--${name} needs a value; it is empty`,
  unexpectedArguments: (list: string) => `Unexpected arguments: ${list}`,
  gotValue: (value: string) => `; got ${value}`,
  // Names of the documents a message is about when no file was given.
  contextLabel: 'context',
  planLabel: 'plan',
  ledgerLabel: 'ledger',
  dateLabel: 'date',

  // read-json.ts, json-syntax.ts, file-kind.ts, write-output.ts: files
  cannotRead: (file: string, failure: string) => `${file}: cannot read the file (${failure})`,
  cannotWrite: (file: string, failure: string) => `${file}: cannot write the file (${failure})`,
  tooLargeForCeiling: (file: string, size: string) =>
    `${file}: larger than ${size}, the most --max-input-size allows; split the document`,
  tooLarge: (file: string, size: string, ceiling: string, suggestion: string) =>
    `${file}: larger than the input limit of ${size}; give --max-input-size with a larger size (up to ${ceiling}), e.g. --max-input-size ${suggestion}`,
  notReadable: (file: string, kind: string) =>
    `${file}: is ${kind}, not a file; give a regular file, or - to read standard input`,
  changedWhileOpened: (file: string) =>
    `${file}: changed while it was opened; give a regular file, or - to read standard input`,
  utf16: (file: string) => `${file}: UTF-16 text; save it as UTF-8`,
  notUtf8: (file: string) => `${file}: not UTF-8 text; save it as UTF-8`,
  notJson: (file: string, problem: string) => `${file}: not valid JSON: ${problem}`,
  jsonAt: (line: number, column: number, problem: string) => `line ${line}, column ${column}: ${problem}`,
  maxInputSize: (ceiling: string, got: string) =>
    `--max-input-size takes a size from 1 to ${ceiling}, such as 100M, 512K or 2048 (bytes); got ${got}`,
  emptyFileName: 'A file name is empty',
  stdinOnce: 'Standard input (-) can be read for one file only',
  isLink: (file: string) =>
    `${file}: is a symbolic link; mirps does not replace links, even with --force: name the file it points to, or remove the link`,
  notWritable: (file: string, kind: string) =>
    `${file}: is ${kind}, not a file; mirps writes only regular files (- writes to standard output)`,
  exists: (file: string) => `${file}: the file exists; give --force to replace it`,
  wrote: (file: string) => `Wrote ${file}\n`,
  kindFolder: 'a folder',
  kindSymbolicLink: 'a symbolic link',
  kindFifo: 'a FIFO (named pipe)',
  kindCharacterDevice: 'a character device',
  kindBlockDevice: 'a block device',
  kindSocket: 'a socket',
  kindOther: 'not a regular file',
  jsonEndOfText: 'the end of the text',
  jsonControlCharacter: (code: string) => `the control character ${code}`,
  jsonControlInString: (found: string) => `${found} inside a string: write it escaped (\\n, \\t, \\u001b…)`,
  jsonUnicodeEscape: 'a \\u escape needs four hexadecimal digits',
  jsonAfterBackslash: (found: string) => `${found} cannot follow a backslash in a string`,
  jsonUnclosedString: 'the text ends inside a string: a closing " is missing',
  jsonExpectedKey: (found: string) => `expected a property name in double quotes, found ${found}`,
  jsonExpectedColon: (found: string) => `expected ':' after the property name, found ${found}`,
  jsonEmpty: 'the text is empty: a JSON document holds one value, e.g. {}',
  jsonNotANumber: (found: string, character: string) => `not a number: ${found} after '${character}'`,
  jsonNumberGoesOn: (found: string) =>
    `a number cannot go on with ${found} (no leading zeros; digits after '.' and after 'e')`,
  jsonExpectedValue: (found: string) =>
    `expected a value (an object, array, string, number, true, false or null), found ${found}`,
  jsonExpectedEnd: (found: string) => `expected the end of the text after the JSON value, found ${found}`,
  jsonExpectedComma: (close: string, after: string, found: string) =>
    `expected ',' or '${close}' after ${after}, found ${found}`,
  jsonAfterPropertyValue: 'a property value',
  jsonAfterArrayElement: 'an array element',
  jsonTrailingComma: "a comma cannot come before ']': remove it",

  // commands/presidency.ts
  presidencyHelp: `Usage: mirps presidency <next | schedule --through <year> | on <date> | check [ledger.json]> [options]

The MIRPS Pro-Tempore Presidency: who holds it next and why, the projected
schedule, the holder on a day (handover-aware), and a check of a ledger
against the rotation rule.

  next                      the term after the ledger's last, with the explanation
  schedule --through YEAR   every projected term up to YEAR
  on YYYY-MM-DD             who holds it on that day
  check [ledger.json | -]   one verdict per recorded term; exit 1 if one departs unexplained

Options:
  --ledger FILE        a presidency ledger instead of the embedded one
  --reference FILE     reference data instead of the embedded one (alone, the
                       embedded ledger is read against it)
  --handover YYYY-MM-DD  the known handover day of the next term
  --max-input-size SIZE  the largest file read, e.g. 100M (50M by default)
  --json               output JSON for scripts
  --lang en|es         the language of messages and help (en by default)
  -h, --help           this help
`,
  projected: ', projected',
  cycle: (cycle: string) => `, cycle ${cycle}`,
  handover: (event: string) => `Handover: ${event}`,
  theHandover: 'the handover',
  handoverDateUnknown: ', date not yet known',
  why: 'Why:',
  holderOn: (
    day: string,
    name: string,
    holder: string,
    label: string,
    projected: string,
    since: string,
    approximate: string,
  ) => `${day}: ${name} (${holder}), term ${label}${projected}, since ${since}${approximate}`,
  approximate: ' (approximate: a handover day is not known)',
  handoverDay: (got: string) => `--handover takes a day as YYYY-MM-DD; got ${got}`,
  scheduleThrough: 'schedule needs --through <year>, e.g. --through 2030',
  throughYear: (first: string, got: string) =>
    `--through takes a year from ${first} (the term after the ledger's last) to 9999; got ${got}`,
  onDay: 'on needs a day as YYYY-MM-DD, e.g. mirps presidency on 2023-06-01',
  whichPresidencyCommand: 'Which? next, schedule, on or check',
  unknownPresidencyCommand: (action: string) => `Unknown presidency command: ${action}`,

  // commands/validate.ts
  validateHelp: `Usage: mirps validate <file.json | ->... [--kind KIND] [options]

Checks MIRPS JSON files (- reads standard input, for one of them): the shape of
each and every rule beyond it, against the reference data and ledger given (the
embedded ones by default). Prints each file's name, then "valid" or every issue
with its path in the file; exits 0 when every file is valid, 1 when one is
invalid or cannot be read, 2 when the kind of one cannot be told. With --json,
a file's report is an object (file, kind, valid, issues, and error when it
could not be read); several files give an array of them, in the order given.

Kinds (detected from the content unless given):
  action-plan, reference-data, presidency-ledger, rotation-setup,
  plan-progress (checked against --plan, the embedded 2023 plan by default),
  calendar-activities, national-action-plan,
  national-plan-progress (checked against its plan, given with --national-plan),
  regional-support (its links checked against the --national-plan files and
  --plan)

Options:
  --kind KIND          the kind of every file given
  --plan FILE          the plan a plan-progress file is about
  --national-plan FILE
                       a national action plan (repeat it for several): the plan
                       of a national-plan-progress file, and the plans whose
                       commitments a regional-support file names
  --reference FILE     reference data to check against instead of the embedded one
                       (alone, with a ledger of no recorded terms)
  --ledger FILE        a presidency ledger to check against instead of the embedded one
  --max-input-size SIZE  the largest file read, e.g. 100M (50M by default)
  --json               output JSON for scripts
  --lang en|es         the language of messages, issues and help (en by default)
  -h, --help           this help
`,
  whichFile: 'Which files? mirps validate <file.json>...',
  nationalPlanNeeded:
    'A national-plan-progress file is checked against its national action plan: give it with --national-plan FILE',
  unknownKind: (kind: string, kinds: string) => `Unknown kind ${kind}; kinds: ${kinds}`,
  unknownDocument: (file: string, kinds: string) =>
    `${file}: cannot tell what kind of document this is; give --kind (${kinds})`,
  valid: (file: string, kind: string) => `${file}: a valid ${kind}\n`,
  invalid: (file: string, kind: string, count: number) =>
    `${file}: not a valid ${kind}, ${count} issue${count === 1 ? '' : 's'}:\n`,

  // commands/schema.ts
  schemaHelp: `Usage: mirps schema [entity] [--draft 07]

Prints the JSON Schema of an entity (draft 2020-12; draft-07 with --draft 07),
by its name (ActionPlan) or file name (action-plan.schema.json); without an
entity, lists them.

Options:
  --draft 07     the draft-07 variant, for older tools
  --json         the list as JSON
  --lang en|es   the language of messages and help (en by default)
  -h, --help     this help
`,
  draft: (got: string) => `--draft is 07 or 2020-12; got ${got}`,
  unknownSchema: (entity: string) => `Unknown schema ${entity}; run mirps schema for the list`,

  // commands/calendar.ts
  calendarHelp: `Usage: mirps calendar [--year YEAR] [--ics FILE [--force]] [--grid] [options]

The plan's calendar: the dated occurrences of the year, the activities not
scheduled in the source, and conflicts; the month grid; an iCalendar file.

Options:
  --year YEAR        the year (the plan's year by default)
  --grid             print the month grid (--markdown for a Markdown table)
  --markdown         with --grid, a Markdown table
  --ics FILE         write the calendar as iCalendar to FILE (whole or not at
                     all; - for standard output)
  --force            replace FILE if it exists (only a regular file: never a
                     symbolic link, a folder or a special file)
  --stamp INSTANT    the DTSTAMP of the .ics: an instant with its offset, or a day
                     (YYYY-MM-DD, taken as 00:00 UTC); the year's first day by default
  --plan FILE        a plan instead of the embedded 2023 plan
  --reference FILE   reference data instead of the embedded one (working groups, members)
  --ledger FILE      a presidency ledger instead of the embedded one
  --max-input-size SIZE  the largest file read, e.g. 100M (50M by default)
  --json             output the calendar as JSON
  --lang en|es       the language of the calendar, messages and help (en by default)
  -h, --help         this help
`,
  stamp: (got: string) =>
    `--stamp takes an instant with its offset, such as 2023-01-01T09:30:00Z, or a day (2023-01-01, 00:00 UTC); got ${got}`,
  year: (got: string) => `--year takes a year such as 2023; got ${got}`,
  icsToStdout: (option: string) =>
    `--ics - writes the iCalendar text to standard output; it cannot go with --${option}`,
  occurrences: (count: number, year: number) => `${count} dated occurrences in ${year}:`,
  dateRange: (start: string, end: string) => `${start} to ${end}`,
  monthOrYearOnly: 'Known only to the month or year:',
  unscheduled: (count: number) => `${count} activities not scheduled in the source:`,
  noConflicts: 'No conflicts.',
  conflicts: 'Conflicts:',

  // commands/report.ts
  reportHelp: `Usage: mirps report <plan | progress | memoir | annual> [--format md|html|json] [-o FILE [--force]] [options]

  plan       the Regional Action Plan as a document
  progress   the progress report (needs --progress)
  memoir     the outgoing presidency's memoir (needs --progress)
  annual     the MIRPS Annual Report of a year (needs --year or --as-of): a chapter for
             each --national-plan with its --national-progress, the regional chapter
             with --progress, the support of other countries with --support

Options:
  --format md|html|json   the output format (by default, the one the extension of
                          -o FILE names, else md)
  -o, --output FILE       write to FILE (whole or not at all), in the format its
                          extension names: .md, .html or .json; - for standard output
  --force                 replace FILE if it exists (only a regular file: never
                          a symbolic link, a folder or a special file)
  --progress FILE         the plan's progress (a plan-progress JSON file)
  --as-of YYYY-MM-DD      the day of a progress report or memoir (the plan's last day by default),
                          or of the annual report (the last day of its year by default)
  --year YYYY             the year of the annual report
  --national-plan FILE    a national action plan (repeat for each member state)
  --national-progress FILE  the progress of a national plan, which names its plan (repeat)
  --support FILE          the support of other countries (a regional-support JSON file)
  --plan FILE             a plan instead of the embedded 2023 plan
  --reference FILE        reference data instead of the embedded one (working groups, members)
  --ledger FILE           a presidency ledger instead of the embedded one
  --max-input-size SIZE   the largest file read, e.g. 100M (50M by default)
  --lang en|es            the language of the report, messages and help (en by default)
  -h, --help              this help

A FILE read may be -, standard input (for one of them).
`,
  format: (got: string) => `--format is md, html or json; got ${got}`,
  outputExtension: (file: string) =>
    `-o names the format by the file's extension, .md, .html or .json; give --format md|html|json for another name; got ${file}`,
  whichReport: 'Which report? plan, progress, memoir or annual',
  needsYear: 'The annual report needs --year YYYY (or --as-of YYYY-MM-DD)',
  progressOfNoPlan: (file: string, plan: string) =>
    `${file} is the progress of the national plan ${plan}, which no --national-plan gives`,
  planWithoutProgress: (file: string) => `The national plan of ${file} has no --national-progress`,
  unknownReport: (kind: string) => `Unknown report: ${kind}`,
  needsProgress: (kind: string) => `The ${kind} report needs --progress <file.json>`,
  asOf: (got: string) => `--as-of takes a day as YYYY-MM-DD; got ${got}`,

  // commands/export.ts
  exportHelp: `Usage: mirps export <iati | hxl> --national-plan FILE --national-progress FILE ... [-o FILE [--force]] [options]

  iati   the plans and their results as an IATI activity file (XML, IATI 2.03): one
         activity per --national-plan, and one for the regional plan with --progress;
         needs --reporting-org, --reporting-org-type and --reporting-org-name
  hxl    the national commitments (--table commitments, the default) or their
         indicators by period (--table indicators) as HXL-tagged CSV

Options:
  --national-plan FILE      a national action plan (repeat for each member state)
  --national-progress FILE  the progress of a national plan, which names its plan (repeat)
  --progress FILE           iati: the progress of the regional plan (--plan, or the embedded 2023 plan)
  --reporting-org REF       iati: the publisher's IATI organisation identifier, e.g. XM-DAC-41114
  --reporting-org-type CODE iati: its code in IATI's OrganisationType codelist, e.g. 10 (Government)
  --reporting-org-name NAME iati: its name, in the language of --lang
  --generated-datetime INSTANT  iati: the file's generated-datetime, e.g. 2026-01-15T12:00:00Z (none by default)
  --table commitments|indicators  hxl: which table (commitments by default)
  --as-of YYYY-MM-DD        hxl: the day statuses are read on (each commitment's latest record by default)
  -o, --output FILE         write to FILE (whole or not at all); - for standard output
  --force                   replace FILE if it exists (only a regular file)
  --plan FILE               a regional plan instead of the embedded 2023 plan
  --reference FILE          reference data instead of the embedded one
  --ledger FILE             a presidency ledger instead of the embedded one
  --max-input-size SIZE     the largest file read, e.g. 100M (50M by default)
  --lang en|es              the language of the headers, messages and help (en by default)
  -h, --help                this help
`,
  whichExport: 'Which export? iati or hxl',
  unknownExport: (format: string) => `Unknown export: ${format}; exports: iati, hxl`,
  needsReportingOrg:
    'The IATI export needs the publisher: --reporting-org REF --reporting-org-type CODE --reporting-org-name NAME',
  needsPlans: (format: string): string =>
    format === 'hxl'
      ? 'The HXL export needs --national-plan FILE with its --national-progress FILE'
      : 'The IATI export needs --national-plan FILE with its --national-progress FILE, or --progress FILE for the regional plan',
  table: (got: string) => `--table is commitments or indicators; got ${got}`,
};

/** The command line's texts in one language: the same keys, and the same arguments, in every language. */
export type Messages = typeof en;

const es: Messages = {
  help: `Uso: mirps <comando> [opciones]

El SDK del MIRPS en la línea de comandos. Cada comando trabaja por defecto con
los datos del MIRPS incluidos en el paquete, y con los archivos JSON propios de
un equipo cuando se indican: --reference (datos de referencia) y --ledger (un
registro de presidencias), que aceptan validate, calendar, report y presidency;
--plan, donde se lee un plan (validate, calendar y report).

Comandos:
  presidency   la próxima Presidencia Pro Tempore y por qué, la sucesión prevista, quién la ejerce en un día, la revisión de un registro
  validate     revisa archivos JSON del MIRPS y enumera cada problema con su ruta
  schema       imprime un JSON Schema
  calendar     el calendario del plan, su cuadrícula mensual, un archivo iCalendar
  report       el Plan de Acción Regional, el informe de avance, la memoria y el informe anual, en Markdown, HTML o JSON
  export       los planes nacionales y sus resultados como XML de actividades IATI o CSV con etiquetas HXL

Ejecute mirps <comando> --help para ver las opciones de un comando. Todos los
comandos aceptan --json, y --lang es para sus mensajes y su ayuda en español
(--lang en, el valor por defecto, para inglés); mirps --version (o -V)
imprime la versión. Solo se leen archivos normales, o - para la entrada estándar, hasta
--max-input-size (50M por defecto); -o y --ics escriben un archivo nuevo, y
reemplazan un archivo normal existente solo con --force (nunca un enlace ni un
archivo especial).

Códigos de salida: 0 correcto; 1 entrada no válida (se indican el archivo y la
ruta), o una desviación hallada por presidency check; 2 error de uso; 70 error
interno.
`,
  unknownCommand: (name) => `mirps: comando desconocido ${name}\n\n`,
  usage: (command, message) => `mirps ${command}: ${message}\nEjecute mirps ${command} --help para ver las opciones.\n`,
  usageOfMirps: (message) => `mirps: ${message}\nEjecute mirps --help para ver las opciones.\n`,
  languageMissing: '--lang necesita un valor: en (English) o es (español)',
  languageUnknown: (got) => `--lang acepta en (English) o es (español); se recibió ${got}`,
  internalError: (detail) =>
    `mirps: error interno (${detail}); por favor, infórmelo junto con el comando que lo causó\n`,

  unknownOption: (option) => `Opción desconocida '${option}'.`,
  missingValue: (option) => `A la opción '${option} <valor>' le falta su valor`,
  takesNoValue: (option) => `La opción '${option}' no admite un valor`,
  emptyValue: (name) => `--${name} necesita un valor; está vacío`,
  unexpectedArguments: (list) => `Argumentos inesperados: ${list}`,
  gotValue: (value) => `; se recibió ${value}`,
  contextLabel: 'contexto',
  planLabel: 'plan',
  ledgerLabel: 'registro',
  dateLabel: 'fecha',

  cannotRead: (file, failure) => `${file}: no se puede leer el archivo (${failure})`,
  cannotWrite: (file, failure) => `${file}: no se puede escribir el archivo (${failure})`,
  tooLargeForCeiling: (file, size) =>
    `${file}: supera ${size}, el máximo que admite --max-input-size; divida el documento`,
  tooLarge: (file, size, ceiling, suggestion) =>
    `${file}: supera el límite de lectura de ${size}; indique --max-input-size con un tamaño mayor (hasta ${ceiling}), p. ej. --max-input-size ${suggestion}`,
  notReadable: (file, kind) =>
    `${file}: es ${kind}, no un archivo; indique un archivo normal, o - para leer la entrada estándar`,
  changedWhileOpened: (file) =>
    `${file}: cambió mientras se abría; indique un archivo normal, o - para leer la entrada estándar`,
  utf16: (file) => `${file}: texto en UTF-16; guárdelo como UTF-8`,
  notUtf8: (file) => `${file}: no es texto UTF-8; guárdelo como UTF-8`,
  notJson: (file, problem) => `${file}: JSON no válido: ${problem}`,
  jsonAt: (line, column, problem) => `línea ${line}, columna ${column}: ${problem}`,
  maxInputSize: (ceiling, got) =>
    `--max-input-size acepta un tamaño de 1 a ${ceiling}, como 100M, 512K o 2048 (bytes); se recibió ${got}`,
  emptyFileName: 'Un nombre de archivo está vacío',
  stdinOnce: 'La entrada estándar (-) solo puede leerse para un archivo',
  isLink: (file) =>
    `${file}: es un enlace simbólico; mirps no reemplaza enlaces, ni siquiera con --force: indique el archivo al que apunta, o elimine el enlace`,
  notWritable: (file, kind) =>
    `${file}: es ${kind}, no un archivo; mirps solo escribe archivos normales (- escribe en la salida estándar)`,
  exists: (file) => `${file}: el archivo ya existe; indique --force para reemplazarlo`,
  wrote: (file) => `Escrito: ${file}\n`,
  kindFolder: 'una carpeta',
  kindSymbolicLink: 'un enlace simbólico',
  kindFifo: 'una FIFO (tubería con nombre)',
  kindCharacterDevice: 'un dispositivo de caracteres',
  kindBlockDevice: 'un dispositivo de bloques',
  kindSocket: 'un socket',
  kindOther: 'algo distinto de un archivo normal',
  jsonEndOfText: 'el final del texto',
  jsonControlCharacter: (code) => `el carácter de control ${code}`,
  jsonControlInString: (found) =>
    `${found} dentro de una cadena: escríbalo como secuencia de escape (\\n, \\t, \\u001b…)`,
  jsonUnicodeEscape: 'una secuencia \\u necesita cuatro dígitos hexadecimales',
  jsonAfterBackslash: (found) => `${found} no puede seguir a una barra invertida dentro de una cadena`,
  jsonUnclosedString: 'el texto termina dentro de una cadena: falta la " de cierre',
  jsonExpectedKey: (found) => `se esperaba un nombre de propiedad entre comillas dobles, pero aparece ${found}`,
  jsonExpectedColon: (found) => `se esperaba ':' tras el nombre de la propiedad, pero aparece ${found}`,
  jsonEmpty: 'el texto está vacío: un documento JSON contiene un valor, p. ej. {}',
  jsonNotANumber: (found, character) => `no es un número: ${found} tras '${character}'`,
  jsonNumberGoesOn: (found) =>
    `un número no puede continuar con ${found} (sin ceros a la izquierda; con dígitos tras '.' y tras 'e')`,
  jsonExpectedValue: (found) =>
    `se esperaba un valor (un objeto, un array, una cadena, un número, true, false o null), pero aparece ${found}`,
  jsonExpectedEnd: (found) => `se esperaba el final del texto tras el valor JSON, pero aparece ${found}`,
  jsonExpectedComma: (close, after, found) => `se esperaba ',' o '${close}' tras ${after}, pero aparece ${found}`,
  jsonAfterPropertyValue: 'el valor de una propiedad',
  jsonAfterArrayElement: 'un elemento del array',
  jsonTrailingComma: "no puede haber una coma antes de ']': elimínela",

  presidencyHelp: `Uso: mirps presidency <next | schedule --through <año> | on <fecha> | check [registro.json]> [opciones]

La Presidencia Pro Tempore del MIRPS: quién la ejerce a continuación y por qué,
la sucesión prevista, quién la ejerce en un día (según el traspaso) y la
revisión de un registro de presidencias frente a la regla de rotación.

  next                      el turno que sigue al último del registro, con la explicación
  schedule --through AÑO    cada turno previsto hasta AÑO
  on AAAA-MM-DD             quién la ejerce ese día
  check [registro.json | -] un veredicto por turno registrado; sale con 1 si alguno se aparta sin explicación

Opciones:
  --ledger ARCHIVO     un registro de presidencias en lugar del incluido
  --reference ARCHIVO  datos de referencia en lugar de los incluidos (si se dan
                       solos, el registro incluido se lee frente a ellos)
  --handover AAAA-MM-DD  el día conocido del traspaso del siguiente turno
  --max-input-size TAMAÑO  el mayor archivo que se lee, p. ej. 100M (50M por defecto)
  --json               salida en JSON para scripts
  --lang en|es         el idioma de los mensajes y la ayuda (en por defecto)
  -h, --help           esta ayuda
`,
  projected: ', prevista',
  cycle: (cycle) => `, ciclo ${cycle}`,
  handover: (event) => `Traspaso: ${event}`,
  theHandover: 'el traspaso',
  handoverDateUnknown: ', fecha aún no conocida',
  why: 'Por qué:',
  holderOn: (day, name, holder, label, projected, since, approximate) =>
    `${day}: ${name} (${holder}), turno ${label}${projected}, desde ${since}${approximate}`,
  approximate: ' (aproximado: no se conoce el día del traspaso)',
  handoverDay: (got) => `--handover acepta un día en formato AAAA-MM-DD; se recibió ${got}`,
  scheduleThrough: 'schedule necesita --through <año>, p. ej. --through 2030',
  throughYear: (first, got) =>
    `--through acepta un año de ${first} (el turno que sigue al último del registro) a 9999; se recibió ${got}`,
  onDay: 'on necesita un día en formato AAAA-MM-DD, p. ej. mirps presidency on 2023-06-01',
  whichPresidencyCommand: '¿Cuál? next, schedule, on o check',
  unknownPresidencyCommand: (action) => `Subcomando de presidency desconocido: ${action}`,

  validateHelp: `Uso: mirps validate <archivo.json | ->... [--kind TIPO] [opciones]

Revisa archivos JSON del MIRPS (- lee la entrada estándar, para uno de ellos):
la forma de cada uno y cada regla más allá de ella, frente a los datos de
referencia y el registro de presidencias indicados (por defecto, los incluidos).
Muestra el nombre de cada archivo y luego "válido" o cada problema con su ruta
dentro del archivo; sale con 0 si todos son válidos, con 1 si alguno no lo es o
no se puede leer, con 2 si no se puede saber el tipo de alguno. Con --json, el
informe de un archivo es un objeto (file, kind, valid, issues, y error si no se
pudo leer); varios archivos dan una lista de ellos, en el orden indicado.

Tipos (se deducen del contenido si no se indican):
  action-plan, reference-data, presidency-ledger, rotation-setup,
  plan-progress (revisado frente a --plan, por defecto el plan de 2023 incluido),
  calendar-activities, national-action-plan,
  national-plan-progress (revisado frente a su plan, indicado con --national-plan),
  regional-support (sus vínculos, revisados frente a los archivos --national-plan
  y a --plan)

Opciones:
  --kind TIPO          el tipo de todos los archivos indicados
  --plan ARCHIVO       el plan al que se refiere un archivo plan-progress
  --national-plan ARCHIVO
                       un plan de acción nacional (repítalo para varios): el
                       plan de un archivo national-plan-progress y los planes
                       cuyos compromisos nombra un archivo regional-support
  --reference ARCHIVO  datos de referencia con los que revisar, en lugar de los incluidos
                       (si se dan solos, con un registro sin turnos)
  --ledger ARCHIVO     un registro de presidencias con el que revisar, en lugar del incluido
  --max-input-size TAMAÑO  el mayor archivo que se lee, p. ej. 100M (50M por defecto)
  --json               salida en JSON para scripts
  --lang en|es         el idioma de los mensajes, los problemas y la ayuda (en por defecto)
  -h, --help           esta ayuda
`,
  whichFile: '¿Qué archivos? mirps validate <archivo.json>...',
  nationalPlanNeeded:
    'Un archivo national-plan-progress se revisa frente a su plan de acción nacional: indíquelo con --national-plan ARCHIVO',
  unknownKind: (kind, kinds) => `Tipo desconocido ${kind}; tipos: ${kinds}`,
  unknownDocument: (file, kinds) => `${file}: no se puede saber qué tipo de documento es; indique --kind (${kinds})`,
  valid: (file, kind) => `${file}: documento ${kind} válido\n`,
  invalid: (file, kind, count) => `${file}: documento ${kind} no válido, ${count} problema${count === 1 ? '' : 's'}:\n`,

  schemaHelp: `Uso: mirps schema [entidad] [--draft 07]

Imprime el JSON Schema de una entidad (draft 2020-12; draft-07 con --draft 07),
por su nombre (ActionPlan) o su nombre de archivo (action-plan.schema.json);
sin entidad, las enumera.

Opciones:
  --draft 07     la variante draft-07, para herramientas más antiguas
  --json         la lista en JSON
  --lang en|es   el idioma de los mensajes y la ayuda (en por defecto)
  -h, --help     esta ayuda
`,
  draft: (got) => `--draft es 07 o 2020-12; se recibió ${got}`,
  unknownSchema: (entity) => `Esquema desconocido ${entity}; ejecute mirps schema para ver la lista`,

  calendarHelp: `Uso: mirps calendar [--year AÑO] [--ics ARCHIVO [--force]] [--grid] [opciones]

El calendario del plan: las actividades fechadas del año, las actividades sin
fecha en la fuente y los conflictos; la cuadrícula mensual; un archivo iCalendar.

Opciones:
  --year AÑO         el año (por defecto, el del plan)
  --grid             imprime la cuadrícula mensual (--markdown para una tabla Markdown)
  --markdown         con --grid, una tabla Markdown
  --ics ARCHIVO      escribe el calendario en formato iCalendar en ARCHIVO (entero
                     o nada; - para la salida estándar)
  --force            reemplaza ARCHIVO si existe (solo un archivo normal: nunca
                     un enlace simbólico, una carpeta ni un archivo especial)
  --stamp INSTANTE   el DTSTAMP del .ics: un instante con su desfase horario, o un día
                     (AAAA-MM-DD, a las 00:00 UTC); por defecto, el primer día del año
  --plan ARCHIVO     un plan en lugar del plan de 2023 incluido
  --reference ARCHIVO  datos de referencia en lugar de los incluidos (grupos de trabajo, Estados miembros)
  --ledger ARCHIVO   un registro de presidencias en lugar del incluido
  --max-input-size TAMAÑO  el mayor archivo que se lee, p. ej. 100M (50M por defecto)
  --json             el calendario en JSON
  --lang en|es       el idioma del calendario, los mensajes y la ayuda (en por defecto)
  -h, --help         esta ayuda
`,
  stamp: (got) =>
    `--stamp acepta un instante con su desfase horario, como 2023-01-01T09:30:00Z, o un día (2023-01-01, a las 00:00 UTC); se recibió ${got}`,
  year: (got) => `--year acepta un año como 2023; se recibió ${got}`,
  icsToStdout: (option) =>
    `--ics - escribe el texto iCalendar en la salida estándar; no puede combinarse con --${option}`,
  occurrences: (count, year) => `${count} actividades con fecha en ${year}:`,
  dateRange: (start, end) => `${start} a ${end}`,
  monthOrYearOnly: 'Conocidas solo por el mes o el año:',
  unscheduled: (count) => `${count} actividades sin fecha en la fuente:`,
  noConflicts: 'Sin conflictos.',
  conflicts: 'Conflictos:',

  reportHelp: `Uso: mirps report <plan | progress | memoir | annual> [--format md|html|json] [-o ARCHIVO [--force]] [opciones]

  plan       el Plan de Acción Regional como documento
  progress   el informe de avance (necesita --progress)
  memoir     la memoria de la Presidencia Pro Tempore saliente (necesita --progress)
  annual     el Informe Anual del MIRPS de un año (necesita --year o --as-of): un capítulo
             por cada --national-plan con su --national-progress, el capítulo regional
             con --progress, el apoyo de otros países con --support

Opciones:
  --format md|html|json   el formato de salida (por defecto, el que indica la
                          extensión de -o ARCHIVO, si no, md)
  -o, --output ARCHIVO    escribe en ARCHIVO (entero o nada), en el formato que indica
                          su extensión: .md, .html o .json; - para la salida estándar
  --force                 reemplaza ARCHIVO si existe (solo un archivo normal: nunca
                          un enlace simbólico, una carpeta ni un archivo especial)
  --progress ARCHIVO      el avance del plan (un archivo JSON plan-progress)
  --as-of AAAA-MM-DD      el día de un informe de avance o de una memoria (por defecto, el último día del plan),
                          o del informe anual (por defecto, el último día de su año)
  --year AAAA             el año del informe anual
  --national-plan ARCHIVO un plan de acción nacional (repítase para cada Estado miembro)
  --national-progress ARCHIVO  el avance de un plan nacional, que nombra su plan (repítase)
  --support ARCHIVO       el apoyo de otros países (un archivo JSON regional-support)
  --plan ARCHIVO          un plan en lugar del plan de 2023 incluido
  --reference ARCHIVO     datos de referencia en lugar de los incluidos (grupos de trabajo, Estados miembros)
  --ledger ARCHIVO        un registro de presidencias en lugar del incluido
  --max-input-size TAMAÑO el mayor archivo que se lee, p. ej. 100M (50M por defecto)
  --lang en|es            el idioma del informe, los mensajes y la ayuda (en por defecto)
  -h, --help              esta ayuda

Un ARCHIVO que se lee puede ser -, la entrada estándar (para uno solo de ellos).
`,
  format: (got) => `--format es md, html o json; se recibió ${got}`,
  outputExtension: (file) =>
    `-o indica el formato por la extensión del archivo, .md, .html o .json; indique --format md|html|json para otro nombre; se recibió ${file}`,
  whichReport: '¿Qué informe? plan, progress, memoir o annual',
  needsYear: 'El informe anual necesita --year AAAA (o --as-of AAAA-MM-DD)',
  progressOfNoPlan: (file, plan) => `${file} es el avance del plan nacional ${plan}, que ningún --national-plan da`,
  planWithoutProgress: (file) => `El plan nacional de ${file} no tiene --national-progress`,
  unknownReport: (kind) => `Informe desconocido: ${kind}`,
  needsProgress: (kind) => `El informe ${kind} necesita --progress <archivo.json>`,
  asOf: (got) => `--as-of acepta un día en formato AAAA-MM-DD; se recibió ${got}`,

  exportHelp: `Uso: mirps export <iati | hxl> --national-plan ARCHIVO --national-progress ARCHIVO ... [-o ARCHIVO [--force]] [opciones]

  iati   los planes y sus resultados como archivo de actividades IATI (XML, IATI 2.03):
         una actividad por cada --national-plan, y una para el plan regional con
         --progress; necesita --reporting-org, --reporting-org-type y --reporting-org-name
  hxl    los compromisos nacionales (--table commitments, por defecto) o sus
         indicadores por período (--table indicators) como CSV con etiquetas HXL

Opciones:
  --national-plan ARCHIVO   un plan de acción nacional (repítase para cada Estado miembro)
  --national-progress ARCHIVO  el avance de un plan nacional, que nombra su plan (repítase)
  --progress ARCHIVO        iati: el avance del plan regional (--plan, o el plan de 2023 incluido)
  --reporting-org REF       iati: el identificador de organización IATI del publicador, p. ej. XM-DAC-41114
  --reporting-org-type CÓDIGO  iati: su código en la lista OrganisationType de IATI, p. ej. 10 (Gobierno)
  --reporting-org-name NOMBRE  iati: su nombre, en el idioma de --lang
  --generated-datetime INSTANTE  iati: el generated-datetime del archivo, p. ej. 2026-01-15T12:00:00Z (ninguno por defecto)
  --table commitments|indicators  hxl: qué tabla (commitments por defecto)
  --as-of AAAA-MM-DD        hxl: el día en que se leen los estados (por defecto, el último registro de cada compromiso)
  -o, --output ARCHIVO      escribe en ARCHIVO (entero o nada); - para la salida estándar
  --force                   reemplaza ARCHIVO si existe (solo un archivo normal)
  --plan ARCHIVO            un plan regional en lugar del plan de 2023 incluido
  --reference ARCHIVO       datos de referencia en lugar de los incluidos
  --ledger ARCHIVO          un registro de presidencias en lugar del incluido
  --max-input-size TAMAÑO   el mayor archivo que se lee, p. ej. 100M (50M por defecto)
  --lang en|es              el idioma de los encabezados, los mensajes y la ayuda (en por defecto)
  -h, --help                esta ayuda
`,
  whichExport: '¿Qué exportación? iati o hxl',
  unknownExport: (format) => `Exportación desconocida: ${format}; exportaciones: iati, hxl`,
  needsReportingOrg:
    'La exportación IATI necesita el publicador: --reporting-org REF --reporting-org-type CÓDIGO --reporting-org-name NOMBRE',
  needsPlans: (format) =>
    format === 'hxl'
      ? 'La exportación HXL necesita --national-plan ARCHIVO con su --national-progress ARCHIVO'
      : 'La exportación IATI necesita --national-plan ARCHIVO con su --national-progress ARCHIVO, o --progress ARCHIVO para el plan regional',
  table: (got) => `--table es commitments o indicators; se recibió ${got}`,
};

const CATALOGUE: Readonly<Record<Language, Messages>> = { en, es };

/** The command line's texts in a language. */
export const messagesIn = (language: Language): Messages => CATALOGUE[language];

type Entry = string | ((...args: never[]) => string);

/** Option names (`--plan`, `-o`), written the same in every language. */
const OPTION_NAME = /(?<![\w-])--?[a-z][\w-]*/g;

/** A text with its option names blanked out, so that what is left is words of one language. */
export const withoutOptionNames = (text: string): string => text.replace(OPTION_NAME, ' ');

/** A catalogue's texts cut into the pieces written as they are: function entries called with placeholders and cut there, and every text cut at option names, line ends and column gaps. */
function fragmentsOf(messages: Messages): string[] {
  const PLACEHOLDER = /\u0000\d+\u0000/;
  return Object.values(messages as Record<string, Entry>).flatMap((entry) => {
    const text =
      typeof entry === 'string'
        ? entry
        : (entry as (...args: string[]) => string)(
            ...Array.from({ length: entry.length }, (_, i) => `\u0000${i}\u0000`),
          );
    return withoutOptionNames(text)
      .split(PLACEHOLDER)
      .flatMap((piece) => piece.split(/\n| {2,}/))
      .map((piece) => piece.trim());
  });
}

/**
 * The fixed pieces of the English catalogue that must never show in Spanish
 * output (with its option names blanked out by {@link withoutOptionNames}):
 * at least six characters long, and not written the same way anywhere in the
 * Spanish catalogue (names such as `presidency-ledger` are in both).
 */
export function englishFragments(): string[] {
  const spanish = fragmentsOf(es).join('\n');
  return [...new Set(fragmentsOf(en).filter((fragment) => fragment.length >= 6 && !spanish.includes(fragment)))];
}
