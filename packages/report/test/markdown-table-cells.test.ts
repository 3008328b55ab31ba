import { type ReportDocument, type RichText, renderMarkdown } from '@mirps/report';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';

// Each character the Markdown writer escapes in a table cell, with text that breaks the table or becomes markup
// when that character is written as it is. Read by markdown-it with raw HTML allowed, as GitHub and most sites do.

const markdownIt = new MarkdownIt({ html: true });

/** [the character, the text of a cell, why it must be escaped, the cell as the Markdown writes it]. */
const CASES: ReadonlyArray<readonly [character: string, text: string, why: string, written: string]> = [
  ['|', 'left | right', 'a pipe ends the cell: the row gets a column more', 'left \\| right'],
  [
    '\\',
    'C:\\|path',
    'a backslash escapes the escape of the pipe after it, and the pipe ends the cell',
    'C:\\\\\\|path',
  ],
  ['`', '`code`', 'backticks make a code span', '\\`code\\`'],
  ['*', '*stress*', 'asterisks make emphasis', '\\*stress\\*'],
  ['_', '_stress_', 'underscores make emphasis', '\\_stress\\_'],
  ['[', '[site](https://evil.example)', 'brackets and parentheses make a link', '\\[site\\](https://evil.example)'],
  [
    '<',
    '<b>bold</b> <https://evil.example>',
    'an angle bracket opens raw HTML or an autolink',
    '\\<b\\>bold\\</b\\> \\<https://evil.example\\>',
  ],
  ['~', '~~struck~~', 'tildes strike text through', '\\~\\~struck\\~\\~'],
  [
    '&',
    '&lt;b&gt; &copy;',
    'an ampersand starts a character reference, shown as the character it names',
    '\\&lt;b\\&gt; \\&copy;',
  ],
  ['\n', 'first\nsecond', 'a line break ends the row, and the table', 'first second'],
];

/** A case's name in the table: its character's code point. */
const codePoint = (character: string): string =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A report of one table: a row per case, the case's text in its second cell. */
const table = (rows: ReadonlyArray<readonly [RichText, RichText]>): ReportDocument => ({
  title: 'Cells',
  language: 'en',
  sections: [
    {
      id: 'cells',
      title: 'Cells',
      blocks: [{ kind: 'table', caption: 'Cells', columns: [{ header: 'Case' }, { header: 'Text' }], rows }],
      sections: [],
    },
  ],
});

/** The rows of the first table of some Markdown as markdown-it reads them: each cell's inner HTML. */
function cells(markdown: string): string[][] {
  const html = markdownIt.render(markdown);
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row = '']) =>
    [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(([, cell = '']) => cell),
  );
}

/** Inner HTML of a cell as the text a reader sees, for a cell without elements. */
const shown = (cell: string): string =>
  cell
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('a table cell in Markdown', () => {
  const markdown = renderMarkdown(table(CASES.map(([character, text]) => [codePoint(character), text])));
  const rows = cells(markdown);

  it('keeps every row, each of two cells', () => {
    expect(rows.map((row) => row.length)).toEqual(CASES.map(() => 2));
  });

  it.each(
    CASES.map(([character, text, why, written]) => [
      character === '\n' ? 'a line break' : character,
      why,
      character,
      text,
      written,
    ]),
  )('escapes %s, because %s', (_, __, character, text, written) => {
    const i = CASES.findIndex(([c]) => c === character);
    expect(markdown.split('\n'), 'the row as written').toContain(`| ${codePoint(character)} | ${written} |`);
    const cell = rows[i]?.[1] ?? '';
    expect(cell, 'no element made from the text').not.toMatch(/<[a-z]/);
    expect(shown(cell), 'the text shown as it is').toBe(text.replace(/\n/g, ' '));
  });

  it("escapes the closing bracket of a link's text, so the text cannot end the link and start another", () => {
    const rows = cells(
      renderMarkdown(
        table([
          ['link', [{ kind: 'link', text: 'safe](https://evil.example) [more', href: 'https://example.org/ok' }]],
        ]),
      ),
    );
    expect(rows).toEqual([['link', '<a href="https://example.org/ok">safe](https://evil.example) [more</a>']]);
  });

  it('escapes # and > too: inside a line CommonMark takes neither as markup and the cell shows them', () => {
    const markdown = renderMarkdown(table([['issue #12 > 11', 'x']]));
    expect(markdown).toContain('| issue \\#12 \\> 11 | x |');
    expect(cells(markdown)).toEqual([['issue #12 &gt; 11', 'x']]);
  });
});
