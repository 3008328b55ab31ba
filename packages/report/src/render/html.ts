import type { Language } from '@mirps/core';
import { chartSvg } from '../charts/svg.js';
import type { Block, Inline, ReportDocument, RichText, Section } from '../document/report-document.js';
import type { RenderOptions } from '../document/report-limits.js';
import { plainText } from '../document/rich-text.js';
import { languageOfTag } from '../i18n/messages.js';
import { escapeHtml, safeHref } from './escape.js';
import { renderChecked } from './render-checked.js';

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}main{max-width:60rem;margin:0 auto;padding:2rem 1.25rem}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 .25rem}h2{font-size:1.45rem;margin-top:2.2rem;border-bottom:2px solid #0b5394;padding-bottom:.2rem}h3{font-size:1.2rem;margin-top:1.6rem}h4,h5,h6{font-size:1.05rem}
.subtitle{color:#444;margin:0 0 1.5rem}
table{border-collapse:collapse;width:100%;margin:.75rem 0 1.25rem;font-size:.92rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #c8c8c8;padding:.3rem .5rem;vertical-align:top;overflow-wrap:anywhere}th{background:#eef3f8;text-align:left}.right{text-align:right}.center{text-align:center}
.note{border-left:4px solid #b45f06;background:#fdf3e7;padding:.5rem .75rem;margin:1rem 0}
figure{margin:1.25rem 0}figcaption{font-size:.9rem;color:#444}
svg .label,svg .value,svg .month,svg .order,svg .legend text{font:12px system-ui,sans-serif;fill:#1b1b1b}svg .bar{fill:#0b5394}svg .target{stroke:#b45f06;stroke-width:3}
svg .mark{fill:#0b5394}svg .grid{stroke:#ddd}svg .ring{fill:none;stroke:#999;stroke-dasharray:4 4}
svg .member{stroke:#1b1b1b;stroke-width:1}svg .next{fill:#b45f06}svg .outgoing{fill:#0b5394}svg .held{fill:#9fc5e8}svg .waiting{fill:#fff}svg .order{font-weight:700}
a{color:#0b5394}
@media (max-width:30rem){main{padding:1.25rem .75rem}th,td{padding:.25rem}}
@media print{main{max-width:none;padding:0}h2{break-after:avoid}table,figure{break-inside:avoid}a{color:inherit;text-decoration:none}a[href]::after{content:" (" attr(href) ")";font-size:.85em}}
`.trim();

function inline(parts: readonly Inline[]): string {
  return parts
    .map((part) => {
      const text = escapeHtml(part.text);
      // A part in another language than the page's says so on its element (a span for plain text).
      const lang = part.lang === undefined ? '' : ` lang="${escapeHtml(part.lang)}"`;
      if (part.kind === 'strong') return `<strong${lang}>${text}</strong>`;
      if (part.kind === 'emphasis') return `<em${lang}>${text}</em>`;
      if (part.kind === 'link') {
        const href = safeHref(part.href);
        if (href !== undefined) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer"${lang}>${text}</a>`;
      }
      return lang === '' ? text : `<span${lang}>${text}</span>`;
    })
    .join('');
}

/** A text of the document: plain text escaped, running text as its parts. */
const rich = (text: RichText): string => (typeof text === 'string' ? escapeHtml(text) : inline(text));

/**
 * The ids of one page: each a token (ASCII letters, digits, `-`, `_`, `.`; anything else becomes `-`),
 * and unique, a repeated one taking `-2`, `-3`, … — so `aria-labelledby` always names the element meant.
 */
class PageIds {
  private readonly taken = new Set<string>();

  claim(wanted: string): string {
    const base = wanted.replace(/[^A-Za-z0-9_.-]+/g, '-') || 'section';
    let id = base;
    for (let i = 2; this.taken.has(id); i++) id = `${base}-${i}`;
    this.taken.add(id);
    return id;
  }
}

interface Page {
  readonly ids: PageIds;
  /** The language the page's own words (in charts) are written in. */
  readonly language: Language;
  figures: number;
}

function block(b: Block, page: Page): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'note':
      return `<aside class="note" role="note"><p>${inline(b.content)}</p></aside>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const cls = (align: string | undefined): string =>
        align === 'right' || align === 'center' ? ` class="${align}"` : '';
      const head = b.columns.map((c) => `<th scope="col"${cls(c.align)}>${escapeHtml(c.header)}</th>`).join('');
      const rows = b.rows
        .map((row) => `<tr>${row.map((cell, i) => `<td${cls(b.columns[i]?.align)}>${rich(cell)}</td>`).join('')}</tr>`)
        .join('');
      return `<table><caption>${rich(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'figure': {
      const figure = page.ids.claim(`figure-${++page.figures}`);
      const ids = { title: page.ids.claim(`${figure}-title`), description: page.ids.claim(`${figure}-desc`) };
      return `<figure>${chartSvg(b.chart, ids, b.caption, b.alt, page.language)}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
    }
  }
}

function section(s: Section, level: number, page: Page): string {
  const h = Math.min(level, 6);
  const id = page.ids.claim(s.id);
  const heading = page.ids.claim(`${id}-heading`);
  return `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(heading)}"><h${h} id="${escapeHtml(heading)}">${rich(s.title)}</h${h}>${s.blocks
    .map((b) => block(b, page))
    .join('\n')}${s.sections.map((child) => section(child, level + 1, page)).join('\n')}</section>`;
}

function page(doc: ReportDocument): string {
  const state: Page = { ids: new PageIds(), language: languageOfTag(doc.language), figures: 0 };
  const preface = (doc.preface ?? []).map((b) => block(b, state));
  const body = doc.sections.map((s) => section(s, 2, state)).join('\n');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(plainText(doc.title))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${rich(doc.title)}</h1>`,
    ...(doc.subtitle === undefined ? [] : [`<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`]),
    ...preface,
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Writes a report as one standalone, accessible HTML page: semantic headings
 * and sections, tables with column headers, charts as inline SVG with their
 * text alternative, a print stylesheet; no scripts and no external requests (a
 * Content-Security-Policy forbids both). The document is checked first (see
 * `parseReportDocument`). Text from the data is escaped, and characters that
 * are not text (control characters such as NUL or ESC, broken surrogates,
 * noncharacters) become U+FFFD; only http(s) and mailto addresses become
 * links; ids are made tokens, unique in the page.
 *
 * @param doc - A report from an assembler, or one built by hand.
 * @param options - The limits the document is checked against.
 * @throws `MirpsReportError` for a value that is not a report document (`report.invalid-document`) or one beyond the limits.
 * @example
 * ```ts
 * import { assembleActionPlanReport, renderHTML } from '@mirps/report';
 * import { actionPlan2023 } from '@mirps/core/data';
 * renderHTML(assembleActionPlanReport(actionPlan2023)).startsWith('<!doctype html>'); // true
 * ```
 */
export function renderHTML(doc: ReportDocument, options?: RenderOptions): string {
  return renderChecked(doc, options, page);
}
