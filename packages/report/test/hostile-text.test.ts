import { describe, expect, it } from 'vitest';
import { assembleActionPlanReport, renderHTML, renderMarkdown } from '@mirps/report';
import { parseMarkdown } from './helpers.js';
import { HOSTILE, hostileLinks, hostilePlan } from './hostile.js';

describe('hostile text', () => {
  const doc = assembleActionPlanReport(hostilePlan());

  it('shows literally in HTML: no element, attribute or link comes from the data', () => {
    const html = renderHTML(doc);
    expect(html).not.toMatch(/<script>window|<img src=x|onerror="|href="javascript/);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    const links = renderHTML(hostileLinks);
    expect(links).not.toContain('href="javascript');
    expect(links).toContain('<p>javascript link</p>');
    expect(links).not.toContain('onmouseover="x');
    expect(links).toContain('<a href="https://example.org/page?x=1&amp;y=2" rel="noopener noreferrer">a safe link</a>');
  });

  it('shows literally in Markdown: an independent parser sees no HTML, links, headings or extra columns', () => {
    const markdown = renderMarkdown(doc);
    const parsed = parseMarkdown(markdown);
    expect(parsed.html).not.toMatch(/<script|<img|<a href|<em>not|<code>|<del>/);
    for (const text of HOSTILE) expect(parsed.text).toContain(text.replace(/\\\|/g, '\\|'));
    expect(parsed.headings.filter((h) => h.startsWith('not a heading'))).toEqual([]);
    for (const rows of parsed.tables) expect(new Set(rows).size, 'every row keeps the header\'s column count').toBe(1);
    expect(parseMarkdown(renderMarkdown(hostileLinks)).html).not.toContain('javascript:');
  });
});
