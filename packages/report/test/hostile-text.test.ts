import { MirpsReportError, type Presidency, presidencyOfTerm } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import {
  assembleActionPlanReport,
  assemblePresidencyMemoir,
  type ReportDocument,
  renderHTML,
  renderJSON,
  renderMarkdown,
} from '@mirps/report';
import { describe, expect, it } from 'vitest';
import { exampleProgress, parseMarkdown } from './helpers.js';
import { HOSTILE, HOSTILE_CHARACTERS, hostileDocument, hostileLinks, hostilePlan, LONG } from './hostile.js';
import { htmlProblems, markdownProblems } from './inspect.js';

/** The issues of the MirpsReportError a call throws, as `code path`. */
function refusal(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsReportError);
    return (error as MirpsReportError).issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
  }
  return expect.unreachable('no error was thrown') as never;
}

describe('hostile text', () => {
  const doc = assembleActionPlanReport(hostilePlan());

  it('shows literally in HTML: no element, attribute or link comes from the data', () => {
    const html = renderHTML(doc);
    expect(html).not.toMatch(/<script>window|<img src=x|onerror="|href="javascript|<svg onload/);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(htmlProblems(html)).toEqual([]);
    const links = renderHTML(hostileLinks);
    expect(links).not.toContain('href="javascript');
    expect(links).toContain('<p>javascript link</p>');
    expect(links).not.toContain('onmouseover="x');
    expect(links).toContain('<a href="https://example.org/page?x=1&amp;y=2" rel="noopener noreferrer">a safe link</a>');
  });

  it('shows literally in Markdown: an independent parser sees no HTML, links, headings or extra columns', () => {
    const markdown = renderMarkdown(doc);
    const parsed = parseMarkdown(markdown);
    expect(parsed.html).not.toMatch(/<script|<img|<a href|<em>not|<code>|<del>|<svg/);
    for (const text of HOSTILE) expect(parsed.text).toContain(text.replace(/\\\|/g, '\\|'));
    expect(parsed.headings.filter((h) => h.startsWith('not a heading'))).toEqual([]);
    for (const rows of parsed.tables) expect(new Set(rows).size, "every row keeps the header's column count").toBe(1);
    expect(markdownProblems(markdown, doc)).toEqual([]);
    expect(parseMarkdown(renderMarkdown(hostileLinks)).html).not.toContain('javascript:');
  });

  it('puts hostile text in every field of a document built by hand, and every format keeps its structure', () => {
    const hostile = hostileDocument(
      (i) => [...HOSTILE, ...HOSTILE_CHARACTERS, LONG][i % (HOSTILE.length + HOSTILE_CHARACTERS.length + 1)]!,
    );
    const html = renderHTML(hostile);
    expect(htmlProblems(html)).toEqual([]);
    expect(markdownProblems(renderMarkdown(hostile), hostile)).toEqual([]);
    // JSON keeps the text exactly: JSON escapes what must be escaped.
    expect(JSON.parse(renderJSON(hostile))).toEqual(hostile);
  });

  it('writes control characters, broken surrogates and noncharacters as U+FFFD, and line breaks in Markdown as spaces', () => {
    const text = (i: number): string => HOSTILE_CHARACTERS[i % HOSTILE_CHARACTERS.length]!;
    const hostile = hostileDocument(text);
    const html = renderHTML(hostile);
    expect(html).toContain('NUL\uFFFDNUL');
    expect(html).toContain('ESC\uFFFD[31mred\uFFFD[0m BEL\uFFFD BS\uFFFD VT\uFFFD FF\uFFFD DEL\uFFFD C1\uFFFD\uFFFD');
    expect(html).toContain(
      'lone \uFFFD high, lone \uFFFD low, pair \ud83d\ude00, noncharacters \uFFFD \uFFFD \uFFFD \uFFFD',
    );
    expect(html).toContain('LS\u2028PS\u2029 end');
    const markdown = renderMarkdown(hostile);
    expect(markdown).toContain('NUL\uFFFDNUL');
    expect(markdown).toContain('CR LF CRLF - not a list \\# not a heading \\| not \\| a row \\|     not code');
    expect(markdownProblems(markdown, hostile)).toEqual([]);
    // No heading, list, table row or code block starts inside a text: every line is the renderer's.
    for (const line of markdown.split('\n'))
      expect(line, line).toMatch(/^(?:$|#{1,6} |\*|> |- |\d+\. |\| |[^\s#>|*-])/);
  });

  it('refuses a language that is not a BCP 47 tag, and escapes the attribute anyway', () => {
    const base = { title: 'T', language: 'en', sections: [] } as ReportDocument;
    for (const language of [
      'en"><script>alert(1)</script>',
      'en ',
      '',
      'e',
      'english-language-tag',
      'en_US',
      "en' onload='x",
    ]) {
      expect(
        refusal(() => renderHTML({ ...base, language } as never)),
        language,
      ).toEqual(['report.invalid-document language']);
    }
    for (const language of ['en', 'es', 'es-419', 'zh-Hant-TW', 'en-GB-oed', 'x-mirps', 'de-CH-1996']) {
      expect(renderHTML({ ...base, language } as never)).toContain(`<html lang="${language}">`);
    }
  });

  it('makes section ids tokens, unique in the page, so aria-labelledby names the element meant', () => {
    const section = (id: string) => ({ id, title: id, blocks: [], sections: [] });
    const doc: ReportDocument = {
      title: 'Ids',
      language: 'en',
      sections: [
        section('a b'),
        section('a-b'),
        section('"><script>x</script>'),
        section('figure-1'),
        section('figure-1-title'),
        section(''),
        section('a-b'),
        section('a-b-heading'),
      ],
    };
    const html = renderHTML({
      ...doc,
      sections: [
        ...doc.sections,
        {
          ...section('charts'),
          blocks: [
            { kind: 'figure', caption: 'c', alt: 'a', chart: { kind: 'bar-chart', unit: '%', max: 100, bars: [] } },
          ],
        },
      ],
    });
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toContain('<section id="a-b" aria-labelledby="a-b-heading">');
    expect(html).toContain('<section id="a-b-2" aria-labelledby="a-b-2-heading">');
    expect(html).toContain('<section id="-script-x-script-" aria-labelledby="-script-x-script--heading">');
    expect(html).toContain('<section id="section" aria-labelledby="section-heading">');
    expect(html).toContain('<section id="a-b-heading-2" aria-labelledby="a-b-heading-2-heading">');
    expect(html).toContain('<section id="a-b-3" aria-labelledby="a-b-3-heading">');
    expect(html).toMatch(/<svg [^>]*aria-labelledby="figure-1-2-title figure-1-2-desc">/);
  });

  it('escapes what an incoming presidency given to the memoir says, cycle and all', () => {
    const real = presidencyOfTerm('2024');
    const incoming: Presidency = {
      ...real,
      label: '2024<script>window.__pwned=1</script>',
      handover: { date: null, event: '<img src=x onerror=alert(1)>\u0000' },
      explanation: {
        ...real.explanation,
        text: [...HOSTILE, ...HOSTILE_CHARACTERS],
        heldThisCycle: [{ member: 'SV', term: '2020"><svg onload=alert(1)>' }],
      },
    };
    const memoir = assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { incoming });
    const html = renderHTML(memoir);
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toContain('held it in cycle 1</text>');
    expect(markdownProblems(renderMarkdown(memoir), memoir)).toEqual([]);
    for (const cycle of ['1"><script>alert(1)</script>', Number.NaN, 1.5, Infinity]) {
      expect(
        refusal(() =>
          assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { incoming: { ...real, cycle } as never }),
        ),
      ).toEqual(['report.invalid-option incoming.cycle']);
    }
  });

  it('never writes NaN, Infinity or a negative size into SVG: such numbers are refused, and out-of-range ones are clamped', () => {
    const figure = (chart: unknown): ReportDocument => ({
      title: 'Charts',
      language: 'en',
      sections: [
        { id: 's', title: 's', blocks: [{ kind: 'figure', chart, caption: 'c', alt: 'a' } as never], sections: [] },
      ],
    });
    for (const value of [Number.NaN, Infinity, -Infinity]) {
      expect(
        refusal(() => renderHTML(figure({ kind: 'bar-chart', unit: '%', max: 100, bars: [{ label: 'x', value }] }))),
      ).toEqual(['report.invalid-document sections.0.blocks.0.chart.bars.0.value']);
      expect(refusal(() => renderHTML(figure({ kind: 'bar-chart', unit: '%', max: value, bars: [] })))).toEqual([
        'report.invalid-document sections.0.blocks.0.chart.max',
      ]);
    }
    expect(refusal(() => renderHTML(figure({ kind: 'timeline', year: 2023.5, rows: [] })))).toEqual([
      'report.invalid-document sections.0.blocks.0.chart.year',
    ]);
    expect(
      refusal(() =>
        renderHTML(
          figure({ kind: 'timeline', year: 2023, rows: [{ label: 'x', spans: [['2023-02-30', '2023-03-01']] }] }),
        ),
      ),
    ).toEqual(['report.invalid-document sections.0.blocks.0.chart.rows.0.spans.0.0']);
    const extreme = renderHTML(
      figure({
        kind: 'bar-chart',
        unit: '%',
        max: -5,
        bars: [
          { label: 'x', value: -1e308, target: 1e308 },
          { label: 'y', value: 1e308, target: -3 },
          { label: 'z', value: 5e-324 },
          { label: 'w', value: -50, target: -10 },
        ],
      }),
    );
    expect(htmlProblems(extreme)).toEqual([]);
    const edges = renderHTML(
      figure({
        kind: 'timeline',
        year: 9999,
        rows: [
          {
            label: 'x',
            spans: [
              ['0001-01-01', '9999-01-01'],
              ['9999-12-31', '9999-12-31'],
            ],
          },
        ],
      }),
    );
    expect(htmlProblems(edges)).toEqual([]);
  });
});
