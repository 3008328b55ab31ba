import type { ActionPlan } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import type { Inline, ReportDocument, Section } from '@mirps/report';

// Hostile text for the escaping tests: markup, scripts, links and Markdown syntax in every field.

export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '[click](javascript:window.__pwned=3)',
  '# not a heading | a | table | pipe \\| escaped',
  '- not a list *not emphasis* _nor this_ `nor code` ~~nor this~~ &amp; &lt;',
  '1. not a numbered list > not a quote',
  '</script></style></title><script>window.__pwned = 5</script>',
  '<svg onload="window.__pwned = 6"><a href="javascript:window.__pwned=7">x</a></svg>',
  ']]> --> <!-- <![CDATA[ <?php ?> "quoted" \'single\' `tick`',
  '<https://example.org/autolink> ![image](https://example.org/i.png) <b>bold</b>',
];

/** A long text, for the length of labels, cells and headings. */
export const LONG = `${'long text '.repeat(1_000)}end`;

/**
 * Characters that are not text, and line breaks: never written raw into HTML or Markdown. In both,
 * control characters (but tab, CR and LF), broken surrogates and noncharacters become U+FFFD; in
 * Markdown, line breaks become spaces.
 */
export const HOSTILE_CHARACTERS = [
  'NUL\u0000NUL',
  'ESC\u001b[31mred\u001b[0m BEL\u0007 BS\u0008 VT\u000b FF\u000c DEL\u007f C1\u0085\u009b',
  'CR\rLF\nCRLF\r\n- not a list\n# not a heading\n| not | a row |\n    not code',
  'LS\u2028PS\u2029 end',
  'lone \ud800 high, lone \udc00 low, pair \ud83d\ude00, noncharacters \ufdd0 \ufffe \uffff \ud83f\udffe',
  '    four spaces first',
  '\t\ttabs first',
];

/** Raw characters that must never be in a report's HTML or Markdown: the controls but tab, CR and LF, broken surrogates, noncharacters. */
export const NOT_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uD83F[\uDFFE\uDFFF]/;

/**
 * A document built by hand with `text(i)` in every string field — title,
 * subtitle, section ids and titles, every kind of inline, list items, notes,
 * table captions, headers and cells, figure captions and text alternatives,
 * and the text of every chart — and one figure of each kind.
 */
export function hostileDocument(text: (i: number) => string): ReportDocument {
  let i = 0;
  const t = (): string => text(i++);
  const inlines = (): Inline[] => [
    { kind: 'text', text: t() },
    { kind: 'strong', text: t() },
    { kind: 'emphasis', text: t() },
    { kind: 'link', text: t(), href: t() },
    { kind: 'link', text: t(), href: 'https://example.org/ok' },
  ];
  const section = (depth: number): Section => ({
    id: t(),
    title: t(),
    blocks: [
      { kind: 'paragraph', content: inlines() },
      { kind: 'note', content: inlines() },
      { kind: 'list', ordered: false, items: [inlines(), inlines()] },
      { kind: 'list', ordered: true, items: [inlines()] },
      {
        kind: 'table',
        caption: t(),
        columns: [{ header: t() }, { header: t(), align: 'right' }, { header: t(), align: 'center' }],
        rows: [
          [t(), t(), t()],
          [t(), t(), t()],
        ],
      },
      {
        kind: 'figure',
        caption: t(),
        alt: t(),
        chart: {
          kind: 'bar-chart',
          unit: t(),
          max: 100,
          bars: [
            { label: t(), value: 40 },
            { label: t(), value: 75.5, target: 90 },
          ],
        },
      },
      {
        kind: 'figure',
        caption: t(),
        alt: t(),
        chart: {
          kind: 'timeline',
          year: 2023,
          rows: [
            {
              label: t(),
              spans: [
                ['2023-01-24', '2023-01-24'],
                ['2023-03-01', '2023-03-31'],
              ],
            },
          ],
        },
      },
      {
        kind: 'figure',
        caption: t(),
        alt: t(),
        chart: {
          kind: 'rotation-circle',
          members: [
            { id: 'BZ', label: t(), held: false },
            { id: t(), label: t(), held: true, heldIn: t() },
            { id: 'PA', label: t(), held: true, heldIn: t() },
          ],
          outgoing: 'PA',
          next: 'BZ',
          cycle: 2,
        },
      },
    ],
    sections: depth === 0 ? [] : [section(depth - 1)],
  });
  return { title: t(), subtitle: t(), language: 'en', sections: [section(1), section(0)] };
}

/** The 2023 plan with hostile text in its titles, vision, actions, results and calendar. */
export function hostilePlan(): ActionPlan {
  const plan = structuredClone(actionPlan2023) as ActionPlan;
  plan.title = { en: HOSTILE[0]! };
  plan.vision = { en: HOSTILE.join(' ') };
  for (const [i, action] of plan.actions.entries()) action.text = { en: HOSTILE[i % HOSTILE.length]! };
  for (const [i, result] of plan.expectedResults.entries()) result.text = { en: HOSTILE[(i + 2) % HOSTILE.length]! };
  for (const [i, activity] of plan.calendar.entries()) activity.title = { en: HOSTILE[(i + 4) % HOSTILE.length]! };
  return plan;
}

/** A document with a javascript: link and hostile link text, which only a renderer sees. */
export const hostileLinks: ReportDocument = {
  title: 'Links',
  language: 'en',
  sections: [
    {
      id: 'links',
      title: 'Links',
      blocks: [
        {
          kind: 'paragraph',
          content: [{ kind: 'link', text: 'javascript link', href: 'javascript:window.__pwned=4' }],
        },
        {
          kind: 'paragraph',
          content: [{ kind: 'link', text: '<b>bold</b>', href: 'https://example.org/"onmouseover="x' }],
        },
        {
          kind: 'paragraph',
          content: [{ kind: 'link', text: 'a safe link', href: 'https://example.org/page?x=1&y=2' }],
        },
      ],
      sections: [],
    },
  ],
};
